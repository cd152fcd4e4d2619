import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";

/**
 * The message catalogue for client components, given only where they are: the signed-in areas.
 * The public pages and the not-found page render their words on the server, so they carry neither
 * the catalogue in their HTML nor the message runtime in their JavaScript.
 */
export function ClientMessages({ children }: { children: ReactNode }) {
  return <NextIntlClientProvider>{children}</NextIntlClientProvider>;
}
