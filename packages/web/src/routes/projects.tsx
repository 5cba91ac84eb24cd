import { ProjectsPage } from "../modules/projects/pages/ProjectsPage";

export default function Route() {
  return <ProjectsPage />;
}
