// 申报: an award or a deduction under a village-rule article for a resident (or their household's
// account), with when it happened, why, and evidence.
import { graphql } from "@gongzhi/schema";
import { Select, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { SubmitClaimMutation } from "./commands";

const ClaimRulesQuery = graphql(`
  query ClaimRuleOptions($communityId: ID!) {
    pointsRules(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
          code
          kind
          points
        }
      }
    }
  }
`);

export function SubmitClaimModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("points");
  const [{ data }] = useQuery({ query: ClaimRulesQuery, variables: { communityId } });
  const form = useForm({
    initialValues: { residentId: "", ruleId: "", occurredOn: localDay(), reason: "", evidence: "" },
    validate: {
      residentId: (v) => (v ? null : t("form.pickResident")),
      ruleId: (v) => (v ? null : t("claims.pickRule")),
      occurredOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? (v > localDay() ? t("claims.notFuture") : null) : t("form.dateInvalid")),
      reason: (v) => (v.trim() ? null : t("form.required")),
    },
  });
  const [submitClaim, submitting] = useCommand(SubmitClaimMutation, (d) => d.submitPointsClaim);
  const submit = form.onSubmit(async (v) => {
    const input = { residentId: v.residentId, ruleId: v.ruleId, occurredOn: v.occurredOn, reason: v.reason.trim(), evidence: orNull(v.evidence) };
    if (await submitClaim({ input }, { form, success: t("claims.submitted") })) onClose();
  });
  const rules = (data?.pointsRules.edges ?? [])
    .filter(({ node }) => node.kind === "PER_OCCURRENCE")
    .map(({ node }) => ({ value: node.id, label: `${node.code ? `${node.code} ` : ""}${node.name}（${node.points > 0 ? "+" : ""}${node.points}）` }));
  return (
    <FormModal opened onClose={onClose} title={t("claims.submit")} onSubmit={submit} submitting={submitting}>
      <ResidentPicker communityId={communityId} label={t("form.resident")} withAsterisk {...form.getInputProps("residentId")} />
      <Select label={t("claims.rule")} searchable withAsterisk data={rules} {...form.getInputProps("ruleId")} />
      <TextInput type="date" label={t("claims.occurredOn")} withAsterisk {...form.getInputProps("occurredOn")} />
      <Textarea label={t("claims.reason")} placeholder={t("claims.reasonPlaceholder")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
      <TextInput label={t("claims.evidence")} description={t("claims.evidenceHint")} {...form.getInputProps("evidence")} />
    </FormModal>
  );
}
