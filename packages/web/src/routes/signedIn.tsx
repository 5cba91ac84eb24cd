// Everything behind sign-in, as one chunk loaded on demand: graphcache, the shell (navigation,
// community switcher, user menu) and the full Mantine stylesheet. The sign-in page loads none of it.
import "@mantine/core/styles.css";
import { CachedGraphQL } from "../app/CachedGraphQL";
import { AppLayout } from "../app/shell/AppLayout";
import { RequireAccount } from "../modules/accounts/components/RequireAccount";

export default function SignedIn() {
  return (
    <CachedGraphQL>
      <RequireAccount>
        <AppLayout />
      </RequireAccount>
    </CachedGraphQL>
  );
}
