// The signed-in user's name and the sign-out button, in the header.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Group, Text } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useMutation } from "urql";
import { useResetSession } from "../../../app/GraphQLProvider";
import { SignOutMutation } from "./authCommands";

export const UserMenuAccount = graphql(`
  fragment UserMenuAccount on Account {
    displayName
    username
  }
`);

export function UserMenu({ account }: { account: FragmentOf<typeof UserMenuAccount> }) {
  const { t } = useTranslation();
  const me = readFragment(UserMenuAccount, account);
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const reset = useResetSession();
  return (
    <Group gap="xs" wrap="nowrap">
      <Text size="sm" fw={500} title={me.username} visibleFrom="sm">
        {me.displayName}
      </Text>
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconLogout size={16} />}
        loading={fetching}
        onClick={() => void signOut({}).then(reset)}
      >
        {t("app.signOut")}
      </Button>
    </Group>
  );
}
