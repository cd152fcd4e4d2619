/** Audit actions with a name in the catalogue (Admin.audit.actions); others (a future action) show as recorded. */
const ACTION_KEYS = {
  "user.create": "user_create",
  "user.update": "user_update",
  "user.disable": "user_disable",
  "user.enable": "user_enable",
  "user.reset_password": "user_reset_password",
  "user.revoke_sessions": "user_revoke_sessions",
  "user.password_change": "user_password_change",
  "token.create": "token_create",
  "token.revoke": "token_revoke",
  "period.lock": "period_lock",
  "period.unlock": "period_unlock",
  "department.create": "department_create",
  "department.update": "department_update",
  "target.lead_bureau": "target_lead_bureau",
  "target.schedule": "target_schedule",
  "demo.remove": "demo_remove",
  "seed.apply": "seed_apply",
  "figure.put": "figure_put",
  "figure.submit": "figure_submit",
  "figure.approve": "figure_approve",
  "figure.return": "figure_return",
  "milestone.put": "milestone_put",
  "milestone.submit": "milestone_submit",
  "milestone.approve": "milestone_approve",
  "milestone.return": "milestone_return",
} as const;

export type TActionKey = (typeof ACTION_KEYS)[keyof typeof ACTION_KEYS];

export function actionKey(action: string): TActionKey | null {
  return Object.hasOwn(ACTION_KEYS, action) ? ACTION_KEYS[action as keyof typeof ACTION_KEYS] : null;
}
