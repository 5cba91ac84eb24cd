// 议事规则: the committee's charter in force and the consultation catalog (六议六不议).
import { usePublicQuery } from "../api";
import { day } from "../format";
import { useT } from "../i18n";
import { RULES, type RulesData } from "../queries";
import { Loaded } from "../ui";

export function Rules({ communityId }: { communityId: string }) {
  const { t, lng } = useT();
  const state = usePublicQuery<RulesData>(RULES, { c: communityId });
  return (
    <Loaded state={state}>
      {(d) => {
        const must = d.publicConsultationClauses.filter((c) => c.kind === "MUST");
        const mustNot = d.publicConsultationClauses.filter((c) => c.kind === "MUST_NOT");
        return (
          <>
            <section className="card">
              <h3 className="card-title">{t("rules.catalog")}</h3>
              {d.publicConsultationClauses.length === 0 && <p className="muted">{t("rules.noCatalog")}</p>}
              {must.length > 0 && (
                <>
                  <p className="label">{t("rules.must")}</p>
                  <ol className="clauses">
                    {must.map((c) => (
                      <li key={c.label}>{c.text}</li>
                    ))}
                  </ol>
                </>
              )}
              {mustNot.length > 0 && (
                <>
                  <p className="label">{t("rules.mustNot")}</p>
                  <ol className="clauses">
                    {mustNot.map((c) => (
                      <li key={c.label}>{c.text}</li>
                    ))}
                  </ol>
                </>
              )}
            </section>
            <section className="card">
              <h3 className="card-title">{d.publicCharter?.title ?? t("rules.charter")}</h3>
              {d.publicCharter ? (
                <>
                  <p className="muted">{t("rules.adopted", { committee: d.publicCharter.committeeName, version: d.publicCharter.version, date: d.publicCharter.adoptedOn ? day(lng, d.publicCharter.adoptedOn) : "" })}</p>
                  <details>
                    <summary>{t("notice.readAll")}</summary>
                    <div className="content">{d.publicCharter.body}</div>
                  </details>
                </>
              ) : (
                <p className="muted">{t("rules.noCharter")}</p>
              )}
            </section>
          </>
        );
      }}
    </Loaded>
  );
}
