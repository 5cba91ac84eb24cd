// 积分账户详情: balance, awarded, deducted and spent; the ledger newest first (insert-only: a
// mistake is undone by a 冲正 entry with a reason); the account's redemptions.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Alert, Anchor, Badge, Button, Center, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { formatDateTime } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { UserErrorFields } from "../../../lib/userError";
import { DataTable, type Column } from "../../../ui/DataTable";
import { QueryError } from "../../../ui/QueryError";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { EntryRowFields, RedemptionRowFields } from "../components/accounts/fragments";
import { Points } from "../components/Points";
import { ReasonModal } from "../../../ui/ReasonModal";
import { StatusBadge } from "../components/StatusBadge";
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
                ...RedemptionRowFields
              }
            }
          }
        }
      }
    }
  `,
  [EntryRowFields, RedemptionRowFields],
);

const ReverseEntryMutation = graphql(
  `
    mutation ReversePointsEntry($id: ID!, $input: PointsReasonInput!) {
      reversePointsEntry(id: $id, input: $input) {
        __typename
        ... on MutationReversePointsEntrySuccess {
          data {
            id
            ...EntryRowFields
            reverses {
              id
              reversedBy {
                id
                createdAt
              }
              allowedSteps
            }
            account {
              id
              balance
              awarded
              deducted
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [EntryRowFields, UserErrorFields],
);

type Account = Extract<NonNullable<ResultOf<typeof PointsAccountQuery>["node"]>, { __typename: "PointsAccount" }>;
type Entry = Account["entries"]["edges"][number]["node"];
type Redemption = Account["redemptions"]["edges"][number]["node"];

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
  const { t, i18n } = useTranslation("points");
  const label = useEnumLabel();
  const pager = useCursorPaging(accountId);
  const [reversing, setReversing] = useState<Entry | null>(null);
  const [{ data, fetching, error }] = useQuery({ query: PointsAccountQuery, variables: { id: accountId, ...pager.variables }, requestPolicy: "cache-and-network" });
  const [reverse] = useCommand(ReverseEntryMutation, (d) => d.reversePointsEntry);
  const account = data?.node?.__typename === "PointsAccount" ? data.node : null;
  const entryColumns: Column<Entry>[] = [
    { key: "at", header: t("ledger.at"), render: (e) => formatDateTime(e.createdAt, i18n.language) },
    { key: "kind", header: t("ledger.kind"), render: (e) => <StatusBadge kind="PointsEntryKind" value={e.kind} /> },
    { key: "delta", header: t("ledger.delta"), render: (e) => <Points value={e.delta} /> },
    {
      key: "what",
      header: t("ledger.what"),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{[e.rule?.code, e.rule?.name].filter(Boolean).join(" ") || label("PointsEntryKind", e.kind)}</Text>
          {e.note && (
            <Text size="xs" c="dimmed">
              {e.note}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "month", header: t("ledger.month"), render: (e) => e.month },
    {
      key: "by",
      header: t("ledger.by"),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{e.actorName}</Text>
          {e.approvedByName && (
            <Text size="xs" c="dimmed">
              {t("ledger.approvedBy", { name: e.approvedByName })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "state",
      header: t("ledger.state"),
      render: (e) =>
        e.reversedBy ? (
          <Badge color="gray" variant="outline">
            {t("ledger.reversed")}
          </Badge>
        ) : e.allowedSteps.includes("REVERSE") ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => setReversing(e)}>
            {t("ledger.reverse")}
          </Button>
        ) : null,
    },
  ];
  const redemptionColumns: Column<Redemption>[] = [
    { key: "at", header: t("ledger.at"), render: (r) => formatDateTime(r.createdAt, i18n.language) },
    { key: "reward", header: t("store.reward"), render: (r) => `${r.rewardName} × ${r.quantity}` },
    { key: "cost", header: t("store.totalCost"), render: (r) => <Points value={-r.totalCost} /> },
    { key: "status", header: t("store.redemptionStatus"), render: (r) => <StatusBadge kind="RedemptionStatus" value={r.status} /> },
  ];
  return (
    <Stack>
      <Anchor component={Link} to={sectionPath("accounts")} size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: "middle" }} /> {t("ledger.back")}
      </Anchor>
      <QueryError error={error} />
      {!data && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {data && !account && <Alert color="yellow">{t("ledger.notFound")}</Alert>}
      {account && (
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
            <DataTable
              data-testid="ledger-table"
              aria-label={t("ledger.title")}
              columns={entryColumns}
              rows={account.entries.edges.map((e) => e.node)}
              rowKey={(e) => e.id}
              fetching={fetching}
              paging={{ pager, pageInfo: account.entries.pageInfo, totalCount: account.entries.totalCount }}
            />
          </Paper>
          <Paper withBorder p="md">
            <Title order={4} mb="xs">
              {t("ledger.redemptions", { count: account.redemptions.totalCount })}
            </Title>
            <DataTable data-testid="account-redemptions" aria-label={t("ledger.redemptionsLabel")} columns={redemptionColumns} rows={account.redemptions.edges.map((e) => e.node)} rowKey={(r) => r.id} />
          </Paper>
        </>
      )}
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
    </Stack>
  );
}
