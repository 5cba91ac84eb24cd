// 积分账户详情: balance, awarded, deducted and spent; the ledger newest first (insert-only: a
// mistake is undone by a 冲正 entry with a reason); the account's redemptions.
import { graphql } from "@gongzhi/schema";
import { Badge, Group, Paper, SimpleGrid, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { DetailPage } from "../../../ui/DetailPage";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { AccountRedemptionFields, AccountRedemptionsTable } from "../components/accounts/AccountRedemptionsTable";
import { ReverseEntryMutation } from "../components/accounts/commands";
import { EntryRowFields, LedgerTable } from "../components/accounts/LedgerTable";
import { ReasonModal } from "../../../ui/ReasonModal";
import { useEnumLabel } from "../enums";
import { sectionPath } from "../paths";

export const PointsAccountQuery = graphql(
  `
    query PointsAccount($id: ID!, $first: Int, $after: String) {
      node(id: $id) {
        __typename
        ... on PointsAccount {
          id
          name
          kind
          balance
          awarded
          deducted
          spent
          createdAt
          entries(first: $first, after: $after) {
            totalCount
            pageInfo {
              hasNextPage
              endCursor
            }
            edges {
              node {
                id
                ...EntryRowFields
              }
            }
          }
          redemptions(first: 20) {
            totalCount
            edges {
              node {
                id
                ...AccountRedemptionFields
              }
            }
          }
        }
      }
    }
  `,
  [EntryRowFields, AccountRedemptionFields],
);

function Stat({ label, value, color, testId }: { label: string; value: number; color?: string; testId: string }) {
  return (
    <Paper withBorder p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function AccountPage({ accountId }: { accountId: string }) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const pager = useCursorPaging(accountId);
  const [reversing, setReversing] = useState<{ id: string; delta: number } | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PointsAccountQuery, variables: { id: accountId, ...pager.variables }, requestPolicy: "cache-and-network" });
  const [reverse] = useCommand(ReverseEntryMutation, (d) => d.reversePointsEntry);
  const account = data?.node?.__typename === "PointsAccount" ? data.node : null;
  return (
    <DetailPage back={{ to: sectionPath("accounts"), label: t("ledger.back") }} query={{ data, fetching, error }} record={account} notFound={t("ledger.notFound")}>
      {(account) => (
        <>
          <Group gap="xs">
            <Title order={2}>{account.name}</Title>
            <Badge variant="light">{label("PointsAccountKind", account.kind)}</Badge>
          </Group>
          <SimpleGrid cols={{ base: 2, md: 4 }}>
            <Stat label={t("accounts.balance")} value={account.balance} color="blue.7" testId="account-balance" />
            <Stat label={t("accounts.awarded")} value={account.awarded} color="green.7" testId="account-awarded" />
            <Stat label={t("accounts.deducted")} value={account.deducted} color="red.7" testId="account-deducted" />
            <Stat label={t("accounts.spent")} value={account.spent} testId="account-spent" />
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t("ledger.title")}
            </Title>
            <LedgerTable
              entries={account.entries.edges.map((e) => e.node)}
              fetching={fetching}
              paging={{ pager, pageInfo: account.entries.pageInfo, totalCount: account.entries.totalCount }}
              onReverse={setReversing}
            />
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t("ledger.redemptions", { count: account.redemptions.totalCount })}
            </Title>
            <AccountRedemptionsTable redemptions={account.redemptions.edges.map((e) => e.node)} />
          </Paper>
          {reversing && (
            <ReasonModal
              title={t("ledger.reverseOf", { delta: reversing.delta > 0 ? `+${reversing.delta}` : String(reversing.delta) })}
              label={t("form.reason")}
              submitLabel={t("ledger.confirmReverse")}
              onClose={() => setReversing(null)}
              run={(reason, form) => reverse({ id: reversing.id, input: { reason } }, { form, success: t("ledger.reversedNow") })}
            >
              <Text size="sm" c="dimmed">
                {t("ledger.reverseHint")}
              </Text>
            </ReasonModal>
          )}
        </>
      )}
    </DetailPage>
  );
}
