// The signed-in frame: header (product, community switcher, language, user) and the navbar.
import { AppShell, Burger, Group, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { Outlet } from "react-router";
import { UserMenu } from "../../modules/accounts/components/UserMenu";
import { useViewer } from "../../modules/accounts/hooks/useViewer";
import { CommunitySwitcher } from "../../modules/community/components/CommunitySwitcher";
import { CurrentCommunityProvider } from "../../modules/community/hooks/useCurrentCommunity";
import { LanguageSwitch } from "./LanguageSwitch";
import { NavMenu } from "./NavMenu";

export function AppLayout() {
  const { t } = useTranslation();
  const { viewer } = useViewer();
  const [opened, { toggle, close }] = useDisclosure(false);

  return (
    <CurrentCommunityProvider defaultCommunityId={viewer?.defaultCommunity?.id ?? null}>
      <AppShell header={{ height: 60 }} navbar={{ width: 240, breakpoint: "sm", collapsed: { mobile: !opened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t("app.toggleNavigation")} />
              <Title order={3} c="red.8" style={{ whiteSpace: "nowrap" }}>
                {t("app.name")}
              </Title>
              <CommunitySwitcher />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitch />
              {viewer?.account && <UserMenu account={viewer.account} />}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="xs">
          <NavMenu onNavigate={close} />
        </AppShell.Navbar>
        <AppShell.Main>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </CurrentCommunityProvider>
  );
}
