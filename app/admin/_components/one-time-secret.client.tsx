"use client";

import { useTranslations } from "next-intl";
import styles from "./admin.module.css";

interface TProps {
  /** What the secret is for, e.g. "一次性密码 · zhang-stats". */
  label: string;
  secret: string;
  note: string;
  onDismiss: () => void;
}

/** A password or token shown this once: selectable, never stored by the page. */
export function OneTimeSecret({ label, secret, note, onDismiss }: TProps) {
  const t = useTranslations("Admin");
  return (
    <div className={styles.secret} role="status" data-testid="one-time-secret">
      <p className={styles.secretLabel}>{label}</p>
      <p className={`mono ${styles.secretValue}`} data-testid="secret-value">
        {secret}
      </p>
      <p className={styles.secretNote}>{note}</p>
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t("secret.dismiss")}
      </button>
    </div>
  );
}
