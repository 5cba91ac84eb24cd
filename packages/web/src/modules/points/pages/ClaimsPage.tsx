// 积分申报: manual awards and deductions under village rules, 申报 → 审核 → 公示 → 入账. Approved
// claims are publicized together in one notice; once the notice is final (or right after approval
// when small enough to be exempt) they are posted to the ledger.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Anchor, Button, Checkbox, Group, SegmentedControl, Stack, Text } from "@mantine/core";
import { IconPlus, IconSpeakerphone } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { formatDate } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ApproveClaimMutation, ClaimRowFields, PostClaimMutation, PublishClaimsMutation, RejectClaimMutation } from "../components/claims/commands";
import { SubmitClaimModal } from "../components/claims/SubmitClaimModal";
import { Points } from "../components/Points";
import { ReasonModal } from "../../../ui/ReasonModal";
import { StatusBadge } from "../components/StatusBadge";
import { isOneOf } from "../../../lib/isOneOf";
import { CLAIM_STATUSES } from "../enums";
import { accountPath } from "../paths";

export const PointsClaimsQuery = graphql(
  `
    query PointsClaims($communityId: ID!, $statuses: [PointsClaimStatus!], $first: Int, $after: String) {
      pointsClaims(communityId: $communityId, statuses: $statuses, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ClaimRowFields
          }
        }
      }
    }
  `,
  [ClaimRowFields],
);

type Row = ResultOf<typeof PointsClaimsQuery>["pointsClaims"]["edges"][number]["node"];

export function ClaimsPage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("points");
  const { can } = useCurrentCommunity();
  const canApprove = can("points:approve");
  const [status, setStatus] = useState<string>("SUBMITTED");
  const [submitting, setSubmitting] = useState(false);
  const [rejecting, setRejecting] = useState<Row | null>(null);
  const [selected, setSelected] = useState<string[]>([]);
  const [busy, setBusy] = useState<string | null>(null);
  const pager = useCursorPaging(JSON.stringify([communityId, status]));
  const [{ data, fetching, error }] = useQuery({
    query: PointsClaimsQuery,
    variables: { communityId, statuses: isOneOf(CLAIM_STATUSES, status) ? [status] : null, ...pager.variables },
  });
  const [approve] = useCommand(ApproveClaimMutation, (d) => d.approvePointsClaim);
  const [reject] = useCommand(RejectClaimMutation, (d) => d.rejectPointsClaim);
  const [post] = useCommand(PostClaimMutation, (d) => d.postPointsClaim);
  const [publish, publishing] = useCommand(PublishClaimsMutation, (d) => d.publishPointsClaims);
  const rows = data?.pointsClaims.edges.map((e) => e.node);
  const publishable = rows?.filter((r) => r.allowedSteps.includes("PUBLISH")) ?? [];
  const act = async (id: string, run: () => Promise<unknown>) => {
    setBusy(id);
    await run();
    setBusy(null);
  };
  const columns: Column<Row>[] = [
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
  if (canApprove)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (c) => (
        <Group gap={4} wrap="nowrap">
          {c.allowedSteps.includes("PUBLISH") && (
            <Checkbox
              aria-label={t("claims.selectForNotice", { name: c.account.name })}
              checked={selected.includes(c.id)}
              onChange={(e) => {
                const on = e.currentTarget.checked;
                setSelected((s) => (on ? [...s, c.id] : s.filter((x) => x !== c.id)));
              }}
            />
          )}
          {c.allowedSteps.includes("APPROVE") && (
            <Button size="xs" loading={busy === c.id} onClick={() => void act(c.id, () => approve({ id: c.id }, { success: t("claims.approved") }))}>
              {t("claims.approve")}
            </Button>
          )}
          {c.allowedSteps.includes("REJECT") && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setRejecting(c)}>
              {t("claims.reject")}
            </Button>
          )}
          {c.allowedSteps.includes("POST") && (
            <Button size="xs" color="green" loading={busy === c.id} onClick={() => void act(c.id, () => post({ id: c.id }, { success: t("claims.posted") }))}>
              {t("claims.post")}
            </Button>
          )}
        </Group>
      ),
    });
  return (
    <>
      <PageHeader
        title={t("claims.title")}
        description={t("claims.description")}
        actions={
          <>
            {canApprove && can("notice:publish") && (
              <Button
                variant="light"
                leftSection={<IconSpeakerphone size={16} />}
                disabled={selected.length === 0}
                loading={publishing}
                onClick={() =>
                  void publish({ input: { claimIds: selected } }, { success: t("claims.publicized", { count: selected.length }) }).then((done) => {
                    if (done) setSelected([]);
                  })
                }
              >
                {t("claims.publish", { count: selected.length })}
              </Button>
            )}
            {can("points:claim") && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setSubmitting(true)}>
                {t("claims.submit")}
              </Button>
            )}
          </>
        }
      />
      <Group mb="sm" justify="space-between">
        <SegmentedControl
          value={status}
          onChange={(v) => {
            setStatus(v);
            setSelected([]);
          }}
          data={[...CLAIM_STATUSES.map((s) => ({ value: s, label: t(`enums.PointsClaimStatus.${s}`) })), { value: "ALL", label: t("claims.all") }]}
        />
        {publishable.length > 0 && (
          <Text size="sm" c="dimmed">
            {t("claims.publishHint")}
          </Text>
        )}
      </Group>
      <DataTable
        data-testid="claims-table"
        aria-label={t("claims.title")}
        columns={columns}
        rows={rows}
        rowKey={(c) => c.id}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.pointsClaims.pageInfo, totalCount: data?.pointsClaims.totalCount }}
      />
      {submitting && <SubmitClaimModal communityId={communityId} onClose={() => setSubmitting(false)} />}
      {rejecting && (
        <ReasonModal
          title={t("claims.rejectOf", { name: rejecting.account.name })}
          label={t("form.reason")}
          submitLabel={t("claims.confirmReject")}
          onClose={() => setRejecting(null)}
          run={(reason, form) => reject({ id: rejecting.id, input: { reason } }, { form, success: t("claims.rejected") })}
        />
      )}
    </>
  );
}
