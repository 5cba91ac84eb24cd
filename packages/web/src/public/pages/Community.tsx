// A community's public page (/c/<code>): its name and place, and one section at a time, chosen in a
// row of tabs that scrolls sideways on a phone.
import { usePublicQuery } from "../api";
import { useT } from "../i18n";
import { COMMUNITY, type CommunityData } from "../queries";
import { communityPath, Link, regionPath } from "../router";
import { Loaded } from "../ui";
import { Activities } from "./Activities";
import { NoticeList, TopicNotices } from "./Notices";
import { Projects } from "./Projects";
import { Rules } from "./Rules";
import { Services } from "./Services";

export const SECTIONS = ["notices", "topics", "projects", "rankings", "rules", "services", "activities"] as const;
export type Section = (typeof SECTIONS)[number];
const isSection = (s: string | null): s is Section => s !== null && (SECTIONS as readonly string[]).includes(s);

export function CommunityPage({ code, section }: { code: string; section: string | null }) {
  const { t } = useT();
  const state = usePublicQuery<CommunityData>(COMMUNITY, { code });
  const current: Section = isSection(section) ? section : "notices";
  return (
    <Loaded state={state}>
      {(d) => {
        const c = d.publicCommunity;
        if (!c) return <NotFound message={t("app.communityNotFound", { code })} />;
        document.title = `${c.name} · ${t("app.title")}`;
        return (
          <>
            <header className="hero">
              <h1>{c.name}</h1>
              <p>
                {c.streetCode ? <Link href={regionPath(c.streetCode)}>{t("community.in", { district: c.districtName ?? "", street: c.streetName })}</Link> : t("community.in", { district: c.districtName ?? "", street: c.streetName })}
              </p>
              {c.address && <p className="muted-on-hero">{t("community.address", { address: c.address })}</p>}
            </header>
            <nav className="tabs" aria-label={t("app.title")}>
              {SECTIONS.map((s) => (
                <Link key={s} href={communityPath(code, s === "notices" ? null : s)} className={s === current ? "tab active" : "tab"} aria-current={s === current ? "page" : undefined}>
                  {t(`nav.${s}`)}
                </Link>
              ))}
            </nav>
            <main className="section" aria-labelledby="section-title">
              <h2 id="section-title" className="section-title">
                {t(`nav.${current}`)}
              </h2>
              {current === "notices" && <NoticeList code={code} communityId={c.id} subjectType={null} />}
              {current === "topics" && <TopicNotices code={code} communityId={c.id} />}
              {current === "projects" && <Projects code={code} communityId={c.id} />}
              {current === "rankings" && (
                <>
                  <p className="intro">{t("rankings.intro")}</p>
                  <NoticeList code={code} communityId={c.id} subjectType="PointsRanking" />
                </>
              )}
              {current === "rules" && <Rules communityId={c.id} />}
              {current === "services" && <Services communityId={c.id} />}
              {current === "activities" && <Activities communityId={c.id} code={code} />}
            </main>
          </>
        );
      }}
    </Loaded>
  );
}

export function NotFound({ message }: { message?: string }) {
  const { t } = useT();
  return (
    <main className="section">
      <h1 className="section-title">{t("app.notFound")}</h1>
      {message && <p>{message}</p>}
      <p className="muted">{t("app.notFoundHint")}</p>
    </main>
  );
}
