// 党群服务综合体: the clerk's queue, tickets, the catalog, the visit ledger, rooms, the monthly
// report and the complex's settings, for the current community.
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { WithCommunity } from "../modules/community/components/WithCommunity";
import { CatalogPage } from "../modules/service-complex/pages/CatalogPage";
import { QueuePage } from "../modules/service-complex/pages/QueuePage";
import { RoomsPage } from "../modules/service-complex/pages/RoomsPage";
import { ServiceComplexLayout } from "../modules/service-complex/pages/ServiceComplexLayout";
import { SettingsPage } from "../modules/service-complex/pages/SettingsPage";
import { TicketPage } from "../modules/service-complex/pages/TicketPage";
import { VisitsPage } from "../modules/service-complex/pages/VisitsPage";
import { sectionPath } from "../modules/service-complex/paths";

// The report brings the charts library: loaded when the report is opened.
const ReportPage = lazy(() => import("../modules/service-complex/pages/ReportPage").then((m) => ({ default: m.ReportPage })));
const loading = (
  <Center py="xl">
    <Loader />
  </Center>
);

function WithId({ children }: { children: (id: string) => ReactNode }) {
  const { id } = useParams();
  return id ? children(id) : null;
}

export default function ServiceComplexRoute() {
  return (
    <WithCommunity>
      {(communityId) => (
        <Routes>
          <Route element={<ServiceComplexLayout />}>
            <Route index element={<Navigate to="queue" replace />} />
            <Route path="queue" element={<QueuePage key={communityId} communityId={communityId} />} />
            <Route path="tickets/:id" element={<WithId>{(id) => <TicketPage key={id} ticketId={id} />}</WithId>} />
            <Route path="catalog" element={<CatalogPage key={communityId} communityId={communityId} />} />
            <Route path="visits" element={<VisitsPage key={communityId} communityId={communityId} />} />
            <Route path="rooms" element={<RoomsPage key={communityId} communityId={communityId} />} />
            <Route
              path="report"
              element={
                <Suspense fallback={loading}>
                  <ReportPage key={communityId} communityId={communityId} />
                </Suspense>
              }
            />
            <Route path="settings" element={<SettingsPage key={communityId} communityId={communityId} />} />
            <Route path="*" element={<Navigate to={sectionPath("queue")} replace />} />
          </Route>
        </Routes>
      )}
    </WithCommunity>
  );
}
