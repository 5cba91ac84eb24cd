// 特色项目 (the N of 1+2+N): my projects, the community's project list, the needs board (管家计划),
// the portfolio across the community or its street, one project's page, and the project types.
import { Center, Loader } from "@mantine/core";
import { lazy, Suspense, type ReactNode } from "react";
import { Navigate, Route, Routes, useParams } from "react-router";
import { WithCommunity } from "../modules/community/components/WithCommunity";
import { MyProjectsPage } from "../modules/projects/pages/MyProjectsPage";
import { NeedsPage } from "../modules/projects/pages/NeedsPage";
import { ProjectListPage } from "../modules/projects/pages/ProjectListPage";
import { ProjectsLayout } from "../modules/projects/pages/ProjectsLayout";
import { ProjectTypesPage } from "../modules/projects/pages/ProjectTypesPage";
import { sectionPath } from "../modules/projects/paths";

// The project page and the portfolio bring the charts library: loaded when opened.
const ProjectPage = lazy(() => import("../modules/projects/pages/ProjectPage").then((m) => ({ default: m.ProjectPage })));
const PortfolioPage = lazy(() => import("../modules/projects/pages/PortfolioPage").then((m) => ({ default: m.PortfolioPage })));
const loading = (
  <Center py="xl">
    <Loader />
  </Center>
);

function WithId({ children }: { children: (id: string) => ReactNode }) {
  const { id } = useParams();
  return id ? children(id) : null;
}

export default function ProjectsRoute() {
  return (
    <WithCommunity>
      {(communityId) => (
        <Routes>
          <Route element={<ProjectsLayout />}>
            <Route index element={<Navigate to="mine" replace />} />
            <Route path="mine" element={<MyProjectsPage />} />
            <Route path="list" element={<ProjectListPage key={communityId} communityId={communityId} />} />
            <Route path="needs" element={<NeedsPage key={communityId} communityId={communityId} />} />
            <Route
              path="items/:id"
              element={
                <Suspense fallback={loading}>
                  <WithId>{(id) => <ProjectPage key={id} projectId={id} />}</WithId>
                </Suspense>
              }
            />
            <Route
              path="portfolio"
              element={
                <Suspense fallback={loading}>
                  <PortfolioPage key={communityId} communityId={communityId} />
                </Suspense>
              }
            />
            <Route path="types" element={<ProjectTypesPage key={communityId} communityId={communityId} />} />
            <Route path="*" element={<Navigate to={sectionPath("mine")} replace />} />
          </Route>
        </Routes>
      )}
    </WithCommunity>
  );
}
