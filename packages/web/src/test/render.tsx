// Render a route of the real app (providers, router, urql + graphcache) against msw handlers.
import { render } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { MemoryRouter } from "react-router";
import { AppProviders } from "../app/AppProviders";
import { createI18n } from "../i18n";
import { resources } from "../i18n/bundled";
import { AppRoutes } from "../routes/AppRoutes";

export function renderApp(route: string) {
  const user = userEvent.setup();
  const result = render(
    <AppProviders i18n={createI18n("zh-CN", resources)} graphqlUrl="http://localhost/graphql" env="test">
      <MemoryRouter initialEntries={[route]}>
        <AppRoutes />
      </MemoryRouter>
    </AppProviders>,
  );
  return { user, ...result };
}
