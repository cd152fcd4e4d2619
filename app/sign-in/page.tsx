import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/app/(public)/_components/site-header";
import { passwordChangePath } from "@/lib/client/auth/paths";
import { safeNextPath } from "@/lib/client/auth/safe-next";
import { SignInForm } from "@/lib/client/auth/sign-in-form";
import { getPageActor } from "@/lib/server/auth/page";
import { getDb } from "@/lib/server/db/client";
import { hasDemoData } from "@/lib/server/figures/queries";

export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("SignIn"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

interface TProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function SignInPage({ searchParams }: TProps) {
  const params = await searchParams;
  const next = safeNextPath(params.next);
  const actor = await getPageActor();
  if (actor) redirect(actor.mustChangePassword ? passwordChangePath(next) : (next ?? "/account"));
  const [t, isDemo] = await Promise.all([getTranslations("SignIn"), hasDemoData(getDb())]);
  return (
    <>
      <SiteHeader isDemo={isDemo} hideSignIn />
      <main className="page page-narrow">
        <div className="card">
          <h1>{t("title")}</h1>
          {params.signedOut === "1" ? (
            <p className="form-success" role="status">
              {t("signedOut")}
            </p>
          ) : null}
          <p className="card-lead">{t("lead")}</p>
          <SignInForm next={next} />
          <p className="card-help">{t("help")}</p>
        </div>
      </main>
    </>
  );
}
