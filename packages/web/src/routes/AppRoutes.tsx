// The route table. Screens are loaded on demand; each route file only wires the URL to a page.
// The sign-in page is the only one in the first load: the signed-in app (shell, graphcache) is a
// chunk of its own (routes/signedIn.tsx), and each screen another.
import { lazy } from "react";
import { Route, Routes } from "react-router";
import { LoginPage } from "../modules/accounts/pages/LoginPage";
import { Lazy } from "../ui/Lazy";

const SignedIn = lazy(() => import("./signedIn"));
const LandingRoute = lazy(() => import("./landing"));
const CockpitRoute = lazy(() => import("./cockpit"));
const WorkbenchRoute = lazy(() => import("./workbench"));
const OverviewRoute = lazy(() => import("./overview"));
const GridsRoute = lazy(() => import("./grids"));
const HouseholdsRoute = lazy(() => import("./households"));
const ResidentsRoute = lazy(() => import("./residents"));
const ResidentDetailRoute = lazy(() => import("./residentDetail"));
const OrganizationsRoute = lazy(() => import("./organizations"));
const AccountsRoute = lazy(() => import("./accounts"));
const AuditRoute = lazy(() => import("./audit"));
const MessagesRoute = lazy(() => import("./messages"));
const ServiceComplexRoute = lazy(() => import("./serviceComplex"));
const DeliberationRoute = lazy(() => import("./deliberation"));
const VolunteeringRoute = lazy(() => import("./volunteering"));
const ProjectsRoute = lazy(() => import("./projects"));
const NotFoundRoute = lazy(() => import("./notFound"));

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <Lazy>
            <SignedIn />
          </Lazy>
        }
      >
        <Route index element={<Lazy><LandingRoute /></Lazy>} />
        <Route path="cockpit" element={<Lazy><CockpitRoute /></Lazy>} />
        <Route path="cockpit/:id" element={<Lazy><CockpitRoute /></Lazy>} />
        <Route path="workbench" element={<Lazy><WorkbenchRoute /></Lazy>} />
        <Route path="overview" element={<Lazy><OverviewRoute /></Lazy>} />
        <Route path="grids" element={<Lazy><GridsRoute /></Lazy>} />
        <Route path="households" element={<Lazy><HouseholdsRoute /></Lazy>} />
        <Route path="residents" element={<Lazy><ResidentsRoute /></Lazy>} />
        <Route path="residents/:id" element={<Lazy><ResidentDetailRoute /></Lazy>} />
        <Route path="organizations" element={<Lazy><OrganizationsRoute /></Lazy>} />
        <Route path="accounts" element={<Lazy><AccountsRoute /></Lazy>} />
        <Route path="audit" element={<Lazy><AuditRoute /></Lazy>} />
        <Route path="messages" element={<Lazy><MessagesRoute /></Lazy>} />
        <Route path="service-complex/*" element={<Lazy><ServiceComplexRoute /></Lazy>} />
        <Route path="deliberation/*" element={<Lazy><DeliberationRoute /></Lazy>} />
        <Route path="volunteering/*" element={<Lazy><VolunteeringRoute /></Lazy>} />
        <Route path="projects/*" element={<Lazy><ProjectsRoute /></Lazy>} />
        <Route path="*" element={<Lazy><NotFoundRoute /></Lazy>} />
      </Route>
    </Routes>
  );
}
