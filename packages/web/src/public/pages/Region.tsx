// A street's or district's public page (/r/<code>): the communities below it, each a link to its page.
import { usePublicQuery } from "../api";
import { useT } from "../i18n";
import { REGION, type RegionData } from "../queries";
import { communityPath, Link, regionPath } from "../router";
import { Loaded } from "../ui";
import { NotFound } from "./Community";

type Links = NonNullable<RegionData["publicRegion"]>["communities"];

function CommunityLinks({ communities }: { communities: Links }) {
  const { t } = useT();
  return (
    <ul className="links">
      {communities.map((c) =>
        c.code ? (
          <li key={c.code}>
            <Link href={communityPath(c.code)}>
              {c.name} <span className="muted">{t(`enums.CommunityKind.${c.kind}`)}</span>
            </Link>
          </li>
        ) : null,
      )}
    </ul>
  );
}

export function RegionPage({ code }: { code: string }) {
  const { t } = useT();
  const state = usePublicQuery<RegionData>(REGION, { code });
  return (
    <Loaded state={state}>
      {(d) => {
        const r = d.publicRegion;
        if (!r) return <NotFound message={t("app.regionNotFound", { code })} />;
        document.title = `${r.name} · ${t("app.title")}`;
        return (
          <>
            <header className="hero">
              <h1>{r.name}</h1>
              <p>{t(`enums.RegionKind.${r.kind}`)}</p>
              {r.parentCode && r.parentName && (
                <p>
                  <Link href={regionPath(r.parentCode)}>{t("region.up", { name: r.parentName })}</Link>
                </p>
              )}
            </header>
            <main className="section">
              {r.kind === "STREET" ? (
                <>
                  <h2 className="section-title">{t("region.communities")}</h2>
                  <CommunityLinks communities={r.communities} />
                </>
              ) : (
                <>
                  <h2 className="section-title">{t("region.streets")}</h2>
                  {r.streets.map((s) => (
                    <section key={s.name} className="card">
                      <h3 className="card-title">{s.code ? <Link href={regionPath(s.code)}>{s.name}</Link> : s.name}</h3>
                      <CommunityLinks communities={s.communities} />
                    </section>
                  ))}
                </>
              )}
            </main>
          </>
        );
      }}
    </Loaded>
  );
}
