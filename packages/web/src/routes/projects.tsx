// 特色项目 (the N of 1+2+N): my projects, the community's project list, the needs board (管家计划),
// the portfolio across the community or its street, one project's page, and the project types
// (项目类型, for holders of project:manage).
import { lazy } from "react";
import { useTranslation } from "react-i18next";
import { Route } from "react-router";
import { useCurrentCommunity } from "../modules/community/hooks/useCurrentCommunity";
import { MyProjectsPage } from "../modules/projects/pages/MyProjectsPage";
import { NeedsPage } from "../modules/projects/pages/NeedsPage";
import { ProjectListPage } from "../modules/projects/pages/ProjectListPage";
import { ProjectTypesPage } from "../modules/projects/pages/ProjectTypesPage";
import { SECTIONS } from "../modules/projects/paths";
import { Lazy } from "../ui/Lazy";
import { SectionRoutes, WithId } from "./sections";

// The project page and the portfolio bring the charts library: loaded when opened.
const ProjectPage = lazy(() => import("../modules/projects/pages/ProjectPage").then((m) => ({ default: m.ProjectPage })));
const PortfolioPage = lazy(() => import("../modules/projects/pages/PortfolioPage").then((m) => ({ default: m.PortfolioPage })));

export default function ProjectsRoute() {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const sections = SECTIONS.filter((s) => s !== "types" || can("project:manage")).map((s) => ({ path: s, label: t(`tabs.${s}`) }));
  return (
    <SectionRoutes label={t("title")} base="/projects" sections={sections} aliases={{ items: "list" }} first="mine">
      {(communityId) => (
        <>
          <Route path="mine" element={<MyProjectsPage />} />
          <Route path="list" element={<ProjectListPage key={communityId} communityId={communityId} />} />
          <Route path="needs" element={<NeedsPage key={communityId} communityId={communityId} />} />
          <Route path="items/:id" element={<Lazy><WithId>{(id) => <ProjectPage key={id} projectId={id} />}</WithId></Lazy>} />
          <Route path="portfolio" element={<Lazy><PortfolioPage key={communityId} communityId={communityId} /></Lazy>} />
          <Route path="types" element={<ProjectTypesPage key={communityId} communityId={communityId} />} />
        </>
      )}
    </SectionRoutes>
  );
}
