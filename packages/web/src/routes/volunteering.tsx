// 志愿服务与积分 (2b): teams and volunteers, the activity calendar and activity pages, points rules,
// claims, accounts with their ledger, the points store and the rankings, for the current community.
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { WithCommunity } from "../modules/community/components/WithCommunity";
import { AccountPage } from "../modules/volunteering/pages/AccountPage";
import { AccountsPage } from "../modules/volunteering/pages/AccountsPage";
import { ActivitiesPage } from "../modules/volunteering/pages/ActivitiesPage";
import { ActivityPage } from "../modules/volunteering/pages/ActivityPage";
import { ClaimsPage } from "../modules/volunteering/pages/ClaimsPage";
import { RulesPage } from "../modules/volunteering/pages/RulesPage";
import { StorePage } from "../modules/volunteering/pages/StorePage";
import { TeamsPage } from "../modules/volunteering/pages/TeamsPage";
import { VolunteeringLayout } from "../modules/volunteering/pages/VolunteeringLayout";
import { sectionPath } from "../modules/volunteering/paths";

// The rankings bring the charts library: loaded when they are opened.
const RankingsPage = lazy(() => import("../modules/volunteering/pages/RankingsPage").then((m) => ({ default: m.RankingsPage })));
const loading = (
  <Center py="xl">
    <Loader />
  </Center>
);

function WithId({ children }: { children: (id: string) => ReactNode }) {
  const { id } = useParams();
  return id ? children(id) : null;
}

export default function VolunteeringRoute() {
  return (
    <WithCommunity>
      {(communityId) => (
        <Routes>
          <Route element={<VolunteeringLayout />}>
            <Route index element={<Navigate to="activities" replace />} />
            <Route path="teams" element={<TeamsPage key={communityId} communityId={communityId} />} />
            <Route path="activities" element={<ActivitiesPage key={communityId} communityId={communityId} />} />
            <Route path="activities/:id" element={<WithId>{(id) => <ActivityPage key={id} activityId={id} />}</WithId>} />
            <Route path="rules" element={<RulesPage key={communityId} communityId={communityId} />} />
            <Route path="claims" element={<ClaimsPage key={communityId} communityId={communityId} />} />
            <Route path="accounts" element={<AccountsPage key={communityId} communityId={communityId} />} />
            <Route path="accounts/:id" element={<WithId>{(id) => <AccountPage key={id} accountId={id} />}</WithId>} />
            <Route path="store" element={<StorePage key={communityId} communityId={communityId} />} />
            <Route
              path="rankings"
              element={
                <Suspense fallback={loading}>
                  <RankingsPage key={communityId} communityId={communityId} />
                </Suspense>
              }
            />
            <Route path="*" element={<Navigate to={sectionPath("activities")} replace />} />
          </Route>
        </Routes>
      )}
    </WithCommunity>
  );
}
