import { queryOptions } from "@tanstack/react-query";
import {
  ZAdminDepartmentList,
  ZAdminLockList,
  ZAdminTargetList,
  ZAdminTokenList,
  ZAdminUserList,
  ZDemoStatus,
  type TAdminDepartment,
  type TAdminLockList,
  type TAdminTargetList,
  type TAdminTokenList,
  type TAdminUserList,
  type TDemoStatus,
} from "../../contracts/admin";
import type { TLocale } from "../../i18n/locale";
import { adminRequest } from "./api";
import { adminKeys } from "./keys";

/** The admin lists as query options; the page renders on the server and hands its data over as `initialData`. */
export const adminQueries = {
  users: (locale: TLocale) =>
    queryOptions<TAdminUserList>({ queryKey: adminKeys.users(), queryFn: () => adminRequest("/api/v1/admin/users", { locale, schema: ZAdminUserList }) }),
  departments: (locale: TLocale) =>
    queryOptions<{ departments: TAdminDepartment[] }>({
      queryKey: adminKeys.departments(),
      queryFn: () => adminRequest("/api/v1/admin/departments", { locale, schema: ZAdminDepartmentList }),
    }),
  targets: (locale: TLocale, year: number) =>
    queryOptions<TAdminTargetList>({ queryKey: adminKeys.targets(year), queryFn: () => adminRequest(`/api/v1/admin/targets?year=${year}`, { locale, schema: ZAdminTargetList }) }),
  locks: (locale: TLocale, year: number) =>
    queryOptions<TAdminLockList>({ queryKey: adminKeys.locks(year), queryFn: () => adminRequest(`/api/v1/admin/locks?year=${year}`, { locale, schema: ZAdminLockList }) }),
  tokens: (locale: TLocale) =>
    queryOptions<TAdminTokenList>({ queryKey: adminKeys.tokens(), queryFn: () => adminRequest("/api/v1/admin/tokens", { locale, schema: ZAdminTokenList }) }),
  demo: (locale: TLocale) => queryOptions<TDemoStatus>({ queryKey: adminKeys.demo(), queryFn: () => adminRequest("/api/v1/admin/demo", { locale, schema: ZDemoStatus }) }),
};
