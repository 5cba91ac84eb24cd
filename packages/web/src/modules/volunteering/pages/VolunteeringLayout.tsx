// The volunteering and points area: a sub-nav (队伍与志愿者, 活动, 积分规则, 积分申报, 积分账户,
// 积分超市, 排行榜) over the page of the section.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router";
import { sectionPath, SECTIONS, type Section } from "../paths";

export function VolunteeringLayout() {
  const { t } = useTranslation("volunteering");
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
