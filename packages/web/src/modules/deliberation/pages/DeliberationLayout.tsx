// The committee's area: a sub-nav (委员会, 议题, 议事会, 决议, 公示) over the page of the section.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router";

export const SECTIONS = ["committee", "topics", "meetings", "resolutions", "notices"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/deliberation/${section}`;

export function DeliberationLayout() {
  const { t } = useTranslation("deliberation");
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = SECTIONS.find((s) => pathname.startsWith(sectionPath(s))) ?? null;
  return (
    <>
      <Tabs value={current} onChange={(v) => v && void navigate(sectionPath(v as Section))} mb="md">
        <Tabs.List aria-label={t("title")}>
          {SECTIONS.map((s) => (
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
