// 积分申报: manual awards and deductions under village rules, 申报 → 审核 → 公示 → 入账. Approved
// claims are publicized together in one notice; once the notice is final (or right after approval
// when small enough to be exempt) they are posted to the ledger.
import { graphql } from "@gongzhi/schema";
import { Button, Group, SegmentedControl, Text } from "@mantine/core";
import { IconPlus, IconSpeakerphone } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { ClaimRowFields, ClaimsTable, type ClaimStep } from "../components/claims/ClaimsTable";
import { ApproveClaimMutation, PostClaimMutation, PublishClaimsMutation, RejectClaimMutation } from "../components/claims/commands";
import { SubmitClaimModal } from "../components/claims/SubmitClaimModal";
import { ReasonModal } from "../../../ui/ReasonModal";
import { isOneOf } from "../../../lib/isOneOf";
import { CLAIM_STATUSES } from "../enums";

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
            allowedSteps
            ...ClaimRowFields
          }
        }
      }
    }
  `,
  [ClaimRowFields],
);

export function ClaimsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const { can } = useCurrentCommunity();
  const canApprove = can("points:approve");
  const [status, setStatus] = useState<string>("SUBMITTED");
  const [submitting, setSubmitting] = useState(false);
  const [rejecting, setRejecting] = useState<{ id: string; account: { name: string } } | null>(null);
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
  const onStep = (step: ClaimStep, claim: { id: string; account: { name: string } }) => {
    if (step === "REJECT") setRejecting(claim);
    else if (step === "APPROVE") void act(claim.id, () => approve({ id: claim.id }, { success: t("claims.approved") }));
    else void act(claim.id, () => post({ id: claim.id }, { success: t("claims.posted") }));
  };
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
      <ClaimsTable
        claims={rows}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.pointsClaims.pageInfo, totalCount: data?.pointsClaims.totalCount }}
        busy={busy}
        selected={selected}
        onSelect={(id, on) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)))}
        onStep={canApprove ? onStep : undefined}
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
