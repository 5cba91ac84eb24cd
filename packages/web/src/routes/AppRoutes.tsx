// The route table. Screens are loaded on demand; each route file only wires the URL to a page.
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes } from "react-router";
import { AppLayout } from "../app/shell/AppLayout";
import { RequireAccount } from "../modules/accounts/components/RequireAccount";
import { LoginPage } from "../modules/accounts/pages/LoginPage";

const OverviewRoute = lazy(() => import("./overview"));
const GridsRoute = lazy(() => import("./grids"));
const HouseholdsRoute = lazy(() => import("./households"));
const ResidentsRoute = lazy(() => import("./residents"));
const ResidentDetailRoute = lazy(() => import("./residentDetail"));
const OrganizationsRoute = lazy(() => import("./organizations"));
const AccountsRoute = lazy(() => import("./accounts"));
const AuditRoute = lazy(() => import("./audit"));
const ServiceComplexRoute = lazy(() => import("./serviceComplex"));
const DeliberationRoute = lazy(() => import("./deliberation"));
const VolunteeringRoute = lazy(() => import("./volunteering"));
const ProjectsRoute = lazy(() => import("./projects"));
const NotFoundRoute = lazy(() => import("./notFound"));

const screen = (element: ReactNode) => (
  <Suspense
    fallback={
      <Center py="xl">
        <Loader />
      </Center>
    }
  >
    {element}
  </Suspense>
);

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/login" element={<LoginPage />} />
      <Route
        element={
          <RequireAccount>
            <AppLayout />
          </RequireAccount>
        }
      >
        <Route index element={<Navigate to="/overview" replace />} />
        <Route path="overview" element={screen(<OverviewRoute />)} />
        <Route path="grids" element={screen(<GridsRoute />)} />
        <Route path="households" element={screen(<HouseholdsRoute />)} />
        <Route path="residents" element={screen(<ResidentsRoute />)} />
        <Route path="residents/:id" element={screen(<ResidentDetailRoute />)} />
        <Route path="organizations" element={screen(<OrganizationsRoute />)} />
        <Route path="accounts" element={screen(<AccountsRoute />)} />
        <Route path="audit" element={screen(<AuditRoute />)} />
        <Route path="service-complex/*" element={screen(<ServiceComplexRoute />)} />
        <Route path="deliberation/*" element={screen(<DeliberationRoute />)} />
        <Route path="volunteering/*" element={screen(<VolunteeringRoute />)} />
        <Route path="projects/*" element={screen(<ProjectsRoute />)} />
        <Route path="*" element={screen(<NotFoundRoute />)} />
      </Route>
    </Routes>
  );
}
