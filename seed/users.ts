import type { TSeedDepartment } from "./data/types";

export interface TSeedUser {
  login: string;
  displayName: string;
  role: "admin" | "leader" | "official";
  department: string | null;
}

/** Demo logins: `admin`, `leader`, and `official-<departmentCode>` for every bureau. */
export function buildSeedUsers(departments: readonly TSeedDepartment[]): TSeedUser[] {
  return [
    { login: "admin", displayName: "系统管理员", role: "admin", department: null },
    { login: "leader", displayName: "市政府督查室", role: "leader", department: null },
    ...departments.map((d) => ({
      login: `official-${d.code}`,
      displayName: `${d.nameZh}填报员`,
      role: "official" as const,
      department: d.code,
    })),
  ];
}

export const DEFAULT_DEMO_PASSWORD = "siping2020";
