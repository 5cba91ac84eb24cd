// Put a reward in the points store or change it (下架 with active off); 入库/出库 its stock with a reason.
import { graphql } from "@gongzhi/schema";
import { NumberInput, Select, SimpleGrid, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";
import { REWARD_KINDS, useEnumOptions, type RewardKind } from "../../enums";
import { wholeInRange } from "../../../../lib/numberRules";

export const RewardFields = graphql(`
  fragment RewardFields on Reward @_unmask {
    id
    name
    kind
    cost
    stock
    sponsor
    description
    active
    allowedSteps
  }
`);

const CreateRewardMutation = graphql(
  `
    mutation CreateReward($input: CreateRewardInput!) {
      createReward(input: $input) {
        __typename
        ... on MutationCreateRewardSuccess {
          data {
            id
            ...RewardFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardFields, UserErrorFields],
);

const UpdateRewardMutation = graphql(
  `
    mutation UpdateReward($id: ID!, $input: UpdateRewardInput!) {
      updateReward(id: $id, input: $input) {
        __typename
        ... on MutationUpdateRewardSuccess {
          data {
            id
            ...RewardFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardFields, UserErrorFields],
);

const AdjustStockMutation = graphql(
  `
    mutation AdjustRewardStock($id: ID!, $input: AdjustRewardStockInput!) {
      adjustRewardStock(id: $id, input: $input) {
        __typename
        ... on MutationAdjustRewardStockSuccess {
          data {
            id
            ...RewardFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardFields, UserErrorFields],
);

export interface RewardValues {
  id: string;
  name: string;
  kind: string;
  cost: number;
  stock: number;
  sponsor: string | null;
  description: string | null;
  active: boolean;
}

export function RewardModal({ communityId, reward, onClose }: { communityId: string; reward?: RewardValues; onClose: () => void }) {
  const { t } = useTranslation("points");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: {
      name: reward?.name ?? "",
      kind: (reward?.kind ?? "GOODS") as RewardKind,
      cost: reward?.cost ?? 50,
      stock: reward?.stock ?? 10,
      sponsor: reward?.sponsor ?? "",
      description: reward?.description ?? "",
      active: reward?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      cost: (v) => (wholeInRange(v, 1, 100_000) ? null : t("store.costInvalid")),
      stock: (v) => (wholeInRange(v, 0, 1_000_000) ? null : t("store.stockInvalid")),
    },
  });
  const [create, creating] = useCommand(CreateRewardMutation, (d) => d.createReward);
  const [update, updating] = useCommand(UpdateRewardMutation, (d) => d.updateReward);
  const submit = form.onSubmit(async (v) => {
    const fields = { name: v.name.trim(), kind: v.kind, cost: v.cost, sponsor: orNull(v.sponsor), description: orNull(v.description) };
    const done = reward
      ? await update({ id: reward.id, input: { ...fields, active: v.active } }, { form, success: t("store.rewardUpdated") })
      : await create({ input: { ...fields, communityId, stock: v.stock } }, { form, success: t("store.rewardCreated") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={reward ? t("store.editReward") : t("store.createReward")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("store.rewardName")} placeholder={t("store.rewardNamePlaceholder")} withAsterisk {...form.getInputProps("name")} />
      <SimpleGrid cols={reward ? 2 : 3}>
        <Select label={t("store.kind")} allowDeselect={false} data={options("RewardKind", REWARD_KINDS)} {...form.getInputProps("kind")} />
        <NumberInput label={t("store.cost")} min={1} allowDecimal={false} withAsterisk {...form.getInputProps("cost")} />
        {!reward && <NumberInput label={t("store.initialStock")} min={0} allowDecimal={false} {...form.getInputProps("stock")} />}
      </SimpleGrid>
      <TextInput label={t("store.sponsor")} description={t("store.sponsorHint")} {...form.getInputProps("sponsor")} />
      <Textarea label={t("store.descriptionField")} autosize minRows={2} {...form.getInputProps("description")} />
      {reward && <Switch label={t("store.active")} {...form.getInputProps("active", { type: "checkbox" })} />}
    </FormModal>
  );
}

export function StockModal({ reward, onClose }: { reward: RewardValues; onClose: () => void }) {
  const { t } = useTranslation("points");
  const form = useForm({
    initialValues: { delta: 10, reason: "" },
    validate: {
      delta: (v) => (!Number.isInteger(v) || v === 0 ? t("store.deltaInvalid") : reward.stock + v < 0 ? t("store.belowZero", { stock: reward.stock }) : null),
      reason: (v) => (v.trim() ? null : t("form.reasonRequired")),
    },
  });
  const [adjust, adjusting] = useCommand(AdjustStockMutation, (d) => d.adjustRewardStock);
  const submit = form.onSubmit(async (v) => {
    if (await adjust({ id: reward.id, input: { delta: v.delta, reason: v.reason.trim() } }, { form, success: t("store.stockAdjusted") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("store.restockOf", { name: reward.name })} onSubmit={submit} submitting={adjusting} size="md">
      <NumberInput label={t("store.delta")} description={t("store.deltaHint", { stock: reward.stock })} allowDecimal={false} withAsterisk {...form.getInputProps("delta")} />
      <TextInput label={t("store.stockReason")} placeholder={t("store.stockReasonPlaceholder")} withAsterisk {...form.getInputProps("reason")} />
    </FormModal>
  );
}
