/** React Query keys of the admin pages: every mutation invalidates the keys it changes. */
export const adminKeys = {
  all: ["admin"] as const,
  users: () => [...adminKeys.all, "users"] as const,
  departments: () => [...adminKeys.all, "departments"] as const,
  targets: (year: number) => [...adminKeys.all, "targets", year] as const,
  locks: (year: number) => [...adminKeys.all, "locks", year] as const,
  tokens: () => [...adminKeys.all, "tokens"] as const,
  demo: () => [...adminKeys.all, "demo"] as const,
};
