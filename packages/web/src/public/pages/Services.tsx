// 办事指南: the service centre (address, opening hours, windows) and the catalog's items with what
// to bring, the time limit and the window that handles them.
import { useState } from "react";
import { usePublicQuery } from "../api";
import { useT } from "../i18n";
import { SERVICES, type ServicesData } from "../queries";
import { Badge, Empty, Loaded } from "../ui";

export function Services({ communityId }: { communityId: string }) {
  const { t } = useT();
  const state = usePublicQuery<ServicesData>(SERVICES, { c: communityId });
  const [search, setSearch] = useState("");
  return (
    <Loaded state={state}>
      {(d) => {
        const centre = d.publicServiceComplex;
        const windowsOf = (kind: string) => centre?.windows.filter((w) => w.kind === kind) ?? [];
        const items = d.publicServiceItems.filter((i) => !search.trim() || i.name.includes(search.trim()));
        return (
          <>
            <section className="card">
              <h3 className="card-title">{centre?.name ?? t("services.centre")}</h3>
              {centre ? (
                <>
                  <p>{t("community.address", { address: centre.address })}</p>
                  {centre.phone && (
                    <p>
                      <a href={`tel:${centre.phone}`}>{t("services.phone", { phone: centre.phone })}</a>
                    </p>
                  )}
                  <p className="label">{t("services.hours")}</p>
                  <table className="hours">
                    <tbody>
                      {[1, 2, 3, 4, 5, 6, 7].map((wd) => {
                        const periods = centre.openingHours.filter((p) => p.weekday === wd);
                        return (
                          <tr key={wd}>
                            <th scope="row">{t(`weekday.${wd}`)}</th>
                            <td>{periods.length ? periods.map((p) => `${p.opens}–${p.closes}`).join("，") : t("services.closed")}</td>
                          </tr>
                        );
                      })}
                    </tbody>
                  </table>
                  {centre.hoursNote && <p className="muted">{centre.hoursNote}</p>}
                  {centre.windows.length > 0 && (
                    <>
                      <p className="label">{t("services.windows")}</p>
                      <ul className="plain">
                        {centre.windows.map((w) => (
                          <li key={w.name}>
                            {w.number && <strong>{t("services.windowNo", { number: w.number })} </strong>}
                            {w.name}
                          </li>
                        ))}
                      </ul>
                    </>
                  )}
                </>
              ) : (
                <p className="muted">{t("services.noCentre")}</p>
              )}
            </section>
            <h3 className="section-title">{t("services.items", { count: d.publicServiceItems.length })}</h3>
            {d.publicServiceItems.length > 5 && (
              <input className="search" type="search" value={search} onChange={(e) => setSearch(e.target.value)} placeholder={t("services.search")} aria-label={t("services.search")} />
            )}
            {items.length === 0 && <Empty />}
            {items.map((i) => {
              const windows = windowsOf(i.windowKind);
              return (
                <details key={`${i.code ?? ""}${i.name}`} className="card item">
                  <summary>
                    <span className="card-title">{i.name}</span> <Badge tone="gray">{t(`enums.ServiceItemCategory.${i.category}`)}</Badge>
                  </summary>
                  {i.description && <p>{i.description}</p>}
                  <dl className="facts">
                    <dt>{t("services.materials")}</dt>
                    <dd>
                      {i.materials.length ? (
                        <ul>
                          {i.materials.map((m) => (
                            <li key={m}>{m}</li>
                          ))}
                        </ul>
                      ) : (
                        t("services.noMaterials")
                      )}
                    </dd>
                    <dt>{t("services.timeLimit")}</dt>
                    <dd>{i.timeLimitDays === 0 ? t("services.sameDay") : t("services.days", { days: i.timeLimitDays })}</dd>
                    <dt>{t("services.window")}</dt>
                    <dd>{windows.length ? windows.map((w) => (w.number ? `${t("services.windowNo", { number: w.number })} ${w.name}` : w.name)).join("，") : t(`enums.ServiceWindowKind.${i.windowKind}`)}</dd>
                  </dl>
                  {(i.onlineAllowed || i.proxyAllowed) && (
                    <p>
                      {i.onlineAllowed && <Badge tone="blue">{t("services.online")}</Badge>} {i.proxyAllowed && <Badge tone="green">{t("services.proxy")}</Badge>}
                    </p>
                  )}
                </details>
              );
            })}
          </>
        );
      }}
    </Loaded>
  );
}
