// The projects area: a sub-nav (我的项目, 项目库, 需求清单, 项目总览, 项目类型) over the page of the section.
// 项目类型 is for holders of project:manage.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { sectionPath, SECTIONS, type Section } from "../paths";

export function ProjectsLayout() {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = pathname.startsWith("/projects/items/") ? "list" : (SECTIONS.find((s) => pathname.startsWith(sectionPath(s))) ?? null);
  const sections = SECTIONS.filter((s) => s !== "types" || can("project:manage"));
  return (
    <>
      <Tabs value={current} onChange={(v) => v && void navigate(sectionPath(v as Section))} mb="md">
        <Tabs.List aria-label={t("title")}>
          {sections.map((s) => (
            <Tabs.Tab key={s} value={s} fz="md">
              {t(`tabs.${s}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
