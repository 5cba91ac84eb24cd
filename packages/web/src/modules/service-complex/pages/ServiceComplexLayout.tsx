// The service complex's area: a sub-nav (办件队列, 事项清单, 来访台账, 会议室, 月报, 设置) over the
// page of the section. 设置 is for holders of service:manage.
import { Tabs } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Outlet, useLocation, useNavigate } from "react-router";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { sectionPath, SECTIONS, type Section } from "../paths";

export function ServiceComplexLayout() {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const current = pathname.startsWith("/service-complex/tickets/") ? "queue" : (SECTIONS.find((s) => pathname.startsWith(sectionPath(s))) ?? null);
  const sections = SECTIONS.filter((s) => s !== "settings" || can("service:manage"));
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
