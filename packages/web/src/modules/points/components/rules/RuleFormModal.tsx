// Add or change a points rule (积分规则): per verified hour, per activity, or per occurrence under a
// village-rule article (+ award, − deduction), with an optional cap per period.
import { NumberInput, Select, SimpleGrid, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { CreateRuleMutation, UpdateRuleMutation } from "./commands";
import { PERIOD_KINDS, RULE_CATEGORIES, RULE_KINDS, useEnumOptions, type PeriodKindValue, type RuleCategory, type RuleKind } from "../../enums";

export interface RuleValues {
  id: string;
  name: string;
  code: string | null;
  article: string | null;
  category: string;
  kind: string;
  points: number;
  capPoints: number | null;
  capPeriod: string | null;
  description: string | null;
  active: boolean;
}

export function RuleFormModal({ communityId, rule, onClose }: { communityId: string; rule?: RuleValues; onClose: () => void }) {
  const { t } = useTranslation("points");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: {
      name: rule?.name ?? "",
      code: rule?.code ?? "",
      article: rule?.article ?? "",
      category: (rule?.category ?? "VILLAGE_RULE") as RuleCategory,
      kind: (rule?.kind ?? "PER_OCCURRENCE") as RuleKind,
      points: rule?.points ?? 5,
      capPoints: rule?.capPoints ?? ("" as number | ""),
      capPeriod: (rule?.capPeriod ?? null) as PeriodKindValue | null,
      description: rule?.description ?? "",
      active: rule?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      points: (v, all) => {
        if (!Number.isInteger(v) || v === 0) return t("rules.pointsInvalid");
        return all.kind !== "PER_OCCURRENCE" && v < 0 ? t("rules.pointsPositive") : null;
      },
      capPoints: (v, all) => (v === "" ? (all.capPeriod ? t("rules.capBoth") : null) : Number.isInteger(v) && v > 0 ? (all.capPeriod ? null : t("rules.capBoth")) : t("rules.capInvalid")),
    },
  });
  const [create, creating] = useCommand(CreateRuleMutation, (d) => d.createPointsRule);
  const [update, updating] = useCommand(UpdateRuleMutation, (d) => d.updatePointsRule);
  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name.trim(),
      code: orNull(v.code),
      article: orNull(v.article),
      category: v.category,
      kind: v.kind,
      points: v.points,
      capPoints: v.capPoints === "" ? null : v.capPoints,
      capPeriod: v.capPoints === "" ? null : v.capPeriod,
      description: orNull(v.description),
    };
    const done = rule
      ? await update({ id: rule.id, input: { ...fields, active: v.active } }, { form, success: t("rules.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("rules.created") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={rule ? t("rules.edit") : t("rules.create")} onSubmit={submit} submitting={creating || updating}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput label={t("rules.code")} placeholder="3.2" {...form.getInputProps("code")} />
        <TextInput label={t("rules.name")} withAsterisk style={{ gridColumn: "span 2" }} {...form.getInputProps("name")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select label={t("rules.category")} allowDeselect={false} data={options("PointsRuleCategory", RULE_CATEGORIES)} {...form.getInputProps("category")} />
        <TextInput label={t("rules.article")} placeholder={t("rules.articlePlaceholder")} {...form.getInputProps("article")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <Select label={t("rules.kind")} allowDeselect={false} data={options("PointsRuleKind", RULE_KINDS)} {...form.getInputProps("kind")} />
        <NumberInput label={t("rules.points")} description={t("rules.pointsHint")} allowDecimal={false} withAsterisk {...form.getInputProps("points")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <NumberInput label={t("rules.capPoints")} description={t("rules.capHint")} min={1} allowDecimal={false} {...form.getInputProps("capPoints")} />
        <Select label={t("rules.capPeriod")} clearable data={options("PointsPeriodKind", PERIOD_KINDS)} {...form.getInputProps("capPeriod")} />
      </SimpleGrid>
      <Textarea label={t("rules.descriptionField")} autosize minRows={2} {...form.getInputProps("description")} />
      {rule && <Switch label={t("rules.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
    </FormModal>
  );
}
