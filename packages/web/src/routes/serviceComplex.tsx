// 党群服务综合体: the clerk's queue, tickets, the catalog, the visit ledger, rooms, the monthly
// report and the complex's settings (设置, for holders of service:manage), for the current community.
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { useCurrentCommunity } from "../modules/community/hooks/useCurrentCommunity";
import { CatalogPage } from "../modules/service-complex/pages/CatalogPage";
import { QueuePage } from "../modules/service-complex/pages/QueuePage";
import { RoomsPage } from "../modules/service-complex/pages/RoomsPage";
import { SettingsPage } from "../modules/service-complex/pages/SettingsPage";
import { TicketPage } from "../modules/service-complex/pages/TicketPage";
import { VisitsPage } from "../modules/service-complex/pages/VisitsPage";
import { SECTIONS } from "../modules/service-complex/paths";
import { Lazy } from "../ui/Lazy";
import { SectionRoutes, WithId } from "./sections";

// The report brings the charts library: loaded when the report is opened.
const ReportPage = lazy(() => import("../modules/service-complex/pages/ReportPage").then((m) => ({ default: m.ReportPage })));

export default function ServiceComplexRoute() {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const sections = SECTIONS.filter((s) => s !== "settings" || can("service:manage")).map((s) => ({ path: s, label: t(`tabs.${s}`) }));
  return (
    <SectionRoutes label={t("title")} base="/service-complex" sections={sections} aliases={{ tickets: "queue" }} first="queue">
      {(communityId) => (
        <>
          <Route path="queue" element={<QueuePage key={communityId} communityId={communityId} />} />
          <Route path="tickets/:id" element={<WithId>{(id) => <TicketPage key={id} ticketId={id} />}</WithId>} />
          <Route path="catalog" element={<CatalogPage key={communityId} communityId={communityId} />} />
          <Route path="visits" element={<VisitsPage key={communityId} communityId={communityId} />} />
          <Route path="rooms" element={<RoomsPage key={communityId} communityId={communityId} />} />
          <Route path="report" element={<Lazy><ReportPage key={communityId} communityId={communityId} /></Lazy>} />
          <Route path="settings" element={<SettingsPage key={communityId} communityId={communityId} />} />
        </>
      )}
    </SectionRoutes>
  );
}
