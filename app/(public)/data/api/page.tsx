import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { describeOperations, type TFieldRow, type TOperationView, type TTypeText } from "@/lib/server/public/api-docs";
import { loadPublicIsDemo } from "@/lib/server/public/cached";
import { OPENAPI_PATH } from "@/lib/server/public/open-data-paths";
import { API_BASE, buildOpenApiDocument } from "@/lib/server/public/openapi";
import { PUBLIC_PAGES } from "@/lib/server/public/routes";
import { PublicFooter } from "../../_components/public-footer";
import { PublicHeader } from "../../_components/public-header";
import "../data.css";

export const dynamic = "force-dynamic";


export async function generateMetadata(): Promise<Metadata> {
  const [t, meta] = await Promise.all([getTranslations("ApiDocs"), getTranslations("Meta")]);
  return { title: `${t("title")} · ${meta("siteName")}` };
}

type TDocs = Awaited<ReturnType<typeof getTranslations<"ApiDocs">>>;

function TypeCell({ type, t }: { type: TTypeText; t: TDocs }) {
  const extras = [
    type.nullable ? t("nullable") : null,
    type.values ? t("oneOf", { values: type.values.join(" | ") }) : null,
    type.defaultValue !== null ? t("defaultValue", { value: type.defaultValue }) : null,
  ].filter((e) => e !== null);
  return (
    <td data-label={t("column.type")}>
      <span className="api-type">{type.text}</span>
      {extras.length > 0 ? ` ${extras.join("; ")}` : null}
    </td>
  );
}

function FieldTable({ caption, fields, t }: { caption: string; fields: TFieldRow[]; t: TDocs }) {
  return (
    <div className="table-scroll">
      <table className="dash-table compact api-fields">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("column.field")}</th>
            <th scope="col">{t("column.type")}</th>
            <th scope="col">{t("column.required")}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name}>
              <th scope="row">
                <code>{field.name}</code>
              </th>
              <TypeCell type={field.type} t={t} />
              <td data-label={t("column.required")}>{field.required ? t("yes") : t("no")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Operation({ op, t }: { op: TOperationView; t: TDocs }) {
  return (
    <article className="api-op" id={op.id} aria-labelledby={`${op.id}-title`}>
      <h3 id={`${op.id}-title`}>
        <span className={`api-method api-method-${op.method.toLowerCase()}`}>{op.method}</span>
        <span className="api-path">{op.path}</span>
        <span className="api-access">{op.auth ? t("auth") : t("public")}</span>
      </h3>
      <p>
        <strong>{op.summary}</strong> {op.description}
      </p>
      <details className="api-detail">
        <summary>{t("fieldsToggle")}</summary>
        {op.parameters.length > 0 ? (
          <div className="table-scroll">
            <table className="dash-table compact api-fields">
              <caption>{t("parameters")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("column.name")}</th>
                  <th scope="col">{t("column.in")}</th>
                  <th scope="col">{t("column.type")}</th>
                  <th scope="col">{t("column.required")}</th>
                  <th scope="col">{t("column.description")}</th>
                </tr>
              </thead>
              <tbody>
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`}>
                    <th scope="row">
                      <code>{p.name}</code>
                    </th>
                    <td data-label={t("column.in")}>{t(`in.${p.in}`)}</td>
                    <TypeCell type={p.type} t={t} />
                    <td data-label={t("column.required")}>{p.required ? t("yes") : t("no")}</td>
                    <td data-label={t("column.description")}>{p.description}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {op.body ? <FieldTable caption={`${t("requestBody")} (${op.body.mediaType})`} fields={op.body.fields} t={t} /> : null}
        {op.response.fields ? (
          <FieldTable caption={t("responseFields", { status: op.response.status })} fields={op.response.fields} t={t} />
        ) : (
          <p>{t("responseFile", { status: op.response.status, mediaType: op.response.mediaType })}</p>
        )}
      </details>
      <p className="api-errors">
        {t("errors")}: {op.errors.map((e) => `${e.status} ${e.description}`).join(" · ")}
      </p>
    </article>
  );
}

/** The OpenAPI document as a readable page: the same generated document the API serves, grouped by tag. */
export default async function ApiDocsPage() {
  const [isDemo, t, locale] = await Promise.all([loadPublicIsDemo(), getTranslations("ApiDocs"), getLocale()]);
  const groups = describeOperations(buildOpenApiDocument(), locale);
  return (
    <>
      <PublicHeader isDemo={isDemo} current="data" />
      <main id="main" className="page open-data api-docs">
        <section className="intro" aria-labelledby="api-docs-title">
          <h1 id="api-docs-title">{t("title")}</h1>
          <p>{t("lead")}</p>
          <p>
            {t("base")}: <code>{API_BASE}</code>
          </p>
          <p className="data-downloads">
            <a className="data-button" href={OPENAPI_PATH}>
              {t("documentLink")}
            </a>
            <Link className="data-button" href={PUBLIC_PAGES.data}>
              {t("backToData")}
            </Link>
          </p>
        </section>
        <nav className="toc" aria-label={t("tocLabel")}>
          {groups.map((g) => (
            <a key={g.tag} href={`#tag-${g.tag}`}>
              {g.title}
            </a>
          ))}
        </nav>
        <section className="section" aria-labelledby="security-title">
          <h2 id="security-title">{t("securityTitle")}</h2>
          <ul className="data-notes">
            <li>{t("security.sessionCookie")}</li>
            <li>{t("security.bearerToken")}</li>
          </ul>
          <p>{t("errorShape", { shape: '{"error":{"code","message","requestId",…}}' })}</p>
        </section>
        {groups.map((group) => (
          <section key={group.tag} id={`tag-${group.tag}`} className="section api-group" aria-labelledby={`tag-${group.tag}-title`}>
            <h2 id={`tag-${group.tag}-title`}>{group.title}</h2>
            {group.operations.map((op) => (
              <Operation key={`${op.method} ${op.path}`} op={op} t={t} />
            ))}
          </section>
        ))}
      </main>
      <PublicFooter />
    </>
  );
}
