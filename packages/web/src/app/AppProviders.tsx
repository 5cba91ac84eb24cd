// Everything a screen needs around it: theme, notifications, i18n and the GraphQL client.
// Tests render screens inside the same providers (with a fresh i18n instance).
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { Suspense, useState, type ReactNode } from "react";
import { I18nextProvider } from "react-i18next";
import type { i18n as I18n } from "i18next";
import { createI18n } from "../i18n";
import { GraphQLProvider } from "./GraphQLProvider";
import { theme } from "./theme";

interface AppProvidersProps {
  children: ReactNode;
  i18n?: I18n;
  graphqlUrl?: string;
  /** "test" turns off Mantine's transitions and portals. */
  env?: "default" | "test";
}

export function AppProviders({ children, i18n, graphqlUrl, env }: AppProvidersProps) {
  const [instance] = useState(() => i18n ?? createI18n());
  return (
    <I18nextProvider i18n={instance}>
      <MantineProvider theme={theme} env={env}>
        <Notifications position="top-right" />
        {/* A catalog not loaded yet (English on a first visit) suspends the first render briefly. */}
        <Suspense fallback={null}>
          <GraphQLProvider url={graphqlUrl}>{children}</GraphQLProvider>
        </Suspense>
      </MantineProvider>
    </I18nextProvider>
  );
}
