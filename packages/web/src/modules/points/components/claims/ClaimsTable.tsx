// The claims: the account (opens it), the rule and the reason, the points, when it happened, the
// state with its notice and review note, who submitted it. The steps the server allows the viewer on
// each (allowedSteps) are offered; the page runs them. Claims to publicize are ticked here.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Anchor, Button, Checkbox, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { accountPath } from "../../paths";
import { Points } from "../Points";
import { StatusBadge } from "../StatusBadge";

export const ClaimRowFields = graphql(`
  fragment ClaimRowFields on PointsClaim {
    id
    status
    allowedSteps
    points
    postedPoints
    reason
    evidence
    occurredOn
    createdAt
    submittedByName
    reviewedByName
    reviewNote
    noticeStatus
    notice {
      id
      title
      endsAt
    }
    account {
      id
      name
      kind
    }
    rule {
      id
      name
      code
      article
    }
  }
`);

type ClaimRow = ResultOf<typeof ClaimRowFields>;
/** The steps run from a row (PUBLISH is the tick, run for all ticked from the page). */
export type ClaimStep = "APPROVE" | "REJECT" | "POST";

interface ClaimsTableProps {
  claims: readonly FragmentOf<typeof ClaimRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  /** The claim whose step is running. */
  busy: string | null;
  /** The claims ticked for the next notice. */
  selected: readonly string[];
  onSelect: (claimId: string, on: boolean) => void;
  /** Absent without points:approve (no actions column). */
  onStep?: (step: ClaimStep, claim: { id: string; account: { name: string } }) => void;
}

export function ClaimsTable({ claims, fetching, error, paging, busy, selected, onSelect, onStep }: ClaimsTableProps) {
  const { t, i18n } = useTranslation("points");
  const columns: Column<ClaimRow>[] = [
    {
      key: "account",
      header: t("claims.account"),
      render: (c) => (
        <Anchor component={Link} to={accountPath(c.account.id)} size="sm">
          {c.account.name}
        </Anchor>
      ),
    },
    {
      key: "rule",
      header: t("claims.rule"),
      render: (c) => (
        <Stack gap={0}>
          <Text size="sm">{[c.rule.code, c.rule.name].filter(Boolean).join(" ")}</Text>
          <Text size="xs" c="dimmed">
            {c.reason}
          </Text>
        </Stack>
      ),
    },
    { key: "points", header: t("claims.points"), render: (c) => <Points value={c.postedPoints ?? c.points} /> },
    { key: "occurred", header: t("claims.occurredOn"), render: (c) => formatDate(c.occurredOn, i18n.language) },
    {
      key: "status",
      header: t("claims.status"),
      render: (c) => (
        <Stack gap={2}>
          <StatusBadge kind="PointsClaimStatus" value={c.status} />
          {c.notice && (
            <Text size="xs" c="dimmed">
              {t("claims.noticeUntil", { date: formatDate(c.notice.endsAt, i18n.language) })}
            </Text>
          )}
          {c.reviewNote && (
            <Text size="xs" c="dimmed">
              {c.reviewNote}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "by", header: t("claims.submittedBy"), render: (c) => c.submittedByName },
  ];
  if (onStep)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          {c.allowedSteps.includes("PUBLISH") && (
            <Checkbox aria-label={t("claims.selectForNotice", { name: c.account.name })} checked={selected.includes(c.id)} onChange={(e) => onSelect(c.id, e.currentTarget.checked)} />
          )}
          {c.allowedSteps.includes("APPROVE") && (
            <Button size="xs" loading={busy === c.id} onClick={() => onStep("APPROVE", c)}>
              {t("claims.approve")}
            </Button>
          )}
          {c.allowedSteps.includes("REJECT") && (
            <Button size="xs" variant="subtle" color="red" onClick={() => onStep("REJECT", c)}>
              {t("claims.reject")}
            </Button>
          )}
          {c.allowedSteps.includes("POST") && (
            <Button size="xs" color="green" loading={busy === c.id} onClick={() => onStep("POST", c)}>
              {t("claims.post")}
            </Button>
          )}
        </Group>
      ),
    });
  return (
    <DataTable
      data-testid="claims-table"
      aria-label={t("claims.title")}
      columns={columns}
      rows={claims?.map((c) => readFragment(ClaimRowFields, c))}
      rowKey={(c) => c.id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
