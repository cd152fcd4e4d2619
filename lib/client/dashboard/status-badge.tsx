import type { TProgressStatus } from "../../contracts/tracking";
import type { TLocale } from "../../i18n/locale";
import { STATUS_SHAPES, statusName } from "./status";

/** A status as a shape, a word and a colour together (never colour alone). */
export function StatusBadge({ status, locale }: { status: TProgressStatus; locale: TLocale }) {
  return (
    <span className={`status status-${status}`} data-status={status}>
      <span className="status-shape" aria-hidden="true">
        {STATUS_SHAPES[status]}
      </span>
      {statusName(status, locale)}
    </span>
  );
}
