// The navbar: the community's registers, the 1+2+N areas, administration.
import { Divider, NavLink, ScrollArea, Text } from "@mantine/core";
import {
  IconBuildingCommunity,
  IconClipboardList,
  IconGauge,
  IconLayoutDashboard,
  IconGridDots,
  IconHeartHandshake,
  IconHome,
  IconKey,
  IconMessage2,
  IconMessages,
  IconSparkles,
  IconBuildingBank,
  IconUsers,
  IconUsersGroup,
  type Icon,
} from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { NavLink as RouterLink, useLocation } from "react-router";

type NavKey =
  | "workbench"
  | "cockpit"
  | "overview"
  | "grids"
  | "households"
  | "residents"
  | "organizations"
  | "serviceComplex"
  | "deliberation"
  | "volunteering"
  | "projects"
  | "accounts"
  | "audit"
  | "messages";

const SECTIONS: { title: "sectionCommunity" | "sectionModel" | "sectionAdmin"; items: { key: NavKey; to: string; icon: Icon }[] }[] = [
  {
    title: "sectionCommunity",
    items: [
      { key: "workbench", to: "/workbench", icon: IconLayoutDashboard },
      { key: "cockpit", to: "/cockpit", icon: IconGauge },
      { key: "overview", to: "/overview", icon: IconBuildingCommunity },
      { key: "grids", to: "/grids", icon: IconGridDots },
      { key: "households", to: "/households", icon: IconHome },
      { key: "residents", to: "/residents", icon: IconUsers },
      { key: "organizations", to: "/organizations", icon: IconUsersGroup },
    ],
  },
  {
    title: "sectionModel",
    items: [
      { key: "serviceComplex", to: "/service-complex", icon: IconBuildingBank },
      { key: "deliberation", to: "/deliberation", icon: IconMessages },
      { key: "volunteering", to: "/volunteering", icon: IconHeartHandshake },
      { key: "projects", to: "/projects", icon: IconSparkles },
    ],
  },
  {
    title: "sectionAdmin",
    items: [
      { key: "accounts", to: "/accounts", icon: IconKey },
      { key: "audit", to: "/audit", icon: IconClipboardList },
      { key: "messages", to: "/messages", icon: IconMessage2 },
    ],
  },
];

export function NavMenu({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <ScrollArea component="nav" aria-label={t("app.name")}>
      {SECTIONS.map((section, i) => (
        <div key={section.title}>
          {i > 0 && <Divider my="xs" />}
          <Text size="xs" c="dimmed" fw={600} px="sm" py={4}>
            {t(`nav.${section.title}`)}
          </Text>
          {section.items.map(({ key, to, icon: ItemIcon }) => (
            <NavLink
              key={key}
              component={RouterLink}
              to={to}
              label={t(`nav.${key}`)}
              leftSection={<ItemIcon size={18} stroke={1.6} />}
              active={pathname === to || pathname.startsWith(`${to}/`)}
              onClick={onNavigate}
            />
          ))}
        </div>
      ))}
    </ScrollArea>
  );
}
