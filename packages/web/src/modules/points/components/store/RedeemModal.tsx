// 柜台兑换: a clerk redeems a reward for a resident who came to the counter (many elderly
// villagers have no app). The idempotency key is made once per opened form, so a double click or
// a retry after a lost answer debits once. The clerk then hands the goods over (核销) at once or
// later with the code shown.
import { graphql } from "@gongzhi/schema";
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { FulfilMutation, RedeemMutation } from "./commands";
import type { RewardValues } from "./RewardModals";

const ResidentBalanceQuery = graphql(`
  query ResidentPointsBalance($communityId: ID!, $residentId: ID!) {
    pointsAccountOf(communityId: $communityId, residentId: $residentId) {
      id
      name
      kind
      balance
    }
  }
`);

const newKey = () => `counter-${globalThis.crypto.randomUUID()}`;

interface Done {
  code: string | null;
  name: string;
  quantity: number;
  totalCost: number;
  balance: number;
}

function Redeemed({ done, communityId, rewardName, onClose }: { done: Done; communityId: string; rewardName: string; onClose: () => void }) {
  const { t } = useTranslation("points");
  const { t: tc } = useTranslation();
  const [fulfil, fulfilling] = useCommand(FulfilMutation, (d) => d.fulfilRedemption);
  const [handedOver, setHandedOver] = useState(false);
  return (
    <Stack gap="sm" data-testid="redeem-result">
      <Alert color="green" icon={<IconCircleCheck size={18} />} title={t("store.redeemedTitle")}>
        <Text size="sm">{t("store.redeemedWhat", { name: done.name, reward: rewardName, quantity: done.quantity, cost: done.totalCost, balance: done.balance })}</Text>
        {done.code && (
          <Text size="sm" mt={4}>
            {t("store.code")}：
            <Text span ff="monospace" fw={700} data-testid="redeem-code">
              {done.code}
            </Text>
          </Text>
        )}
      </Alert>
      {handedOver && <Text c="green.7">{t("store.handedOver")}</Text>}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {tc("common.close")}
        </Button>
        {done.code && !handedOver && (
          <Button
            loading={fulfilling}
            onClick={async () => {
              if (await fulfil({ input: { communityId, code: done.code! } }, { success: t("store.fulfilled") })) setHandedOver(true);
            }}
          >
            {t("store.fulfilNow")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}

export function RedeemModal({ communityId, reward, onClose }: { communityId: string; reward: RewardValues; onClose: () => void }) {
  const { t } = useTranslation("points");
  const [idempotencyKey] = useState(newKey);
  const [done, setDone] = useState<Done | null>(null);
  const form = useForm({
    initialValues: { residentId: "", quantity: 1 as number | string },
    validate: {
      residentId: (v) => (v ? null : t("form.pickResident")),
      quantity: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 100 ? null : t("store.quantityInvalid")),
    },
  });
  const { residentId, quantity } = form.values;
  const [{ data: account, fetching }] = useQuery({ query: ResidentBalanceQuery, variables: { communityId, residentId }, pause: !residentId, requestPolicy: "network-only" });
  const balance = residentId && !fetching && account ? (account.pointsAccountOf?.balance ?? 0) : null;
  const total = typeof quantity === "number" ? quantity * reward.cost : null;
  const short = balance !== null && total !== null && total > balance;
  const [redeem, redeeming] = useCommand(RedeemMutation, (d) => d.redeemReward);
  const submit = form.onSubmit(async (v) => {
    const r = await redeem({ input: { rewardId: reward.id, residentId: v.residentId, quantity: Number(v.quantity), idempotencyKey } }, { form, success: t("store.redeemed") });
    if (r) setDone({ code: r.code ?? null, name: r.account.name, quantity: r.quantity, totalCost: r.totalCost, balance: r.account.balance });
  });
  const title = t("store.redeemFor", { reward: reward.name });
  if (done)
    return (
      <Modal opened onClose={onClose} title={title} size="lg">
        <Redeemed done={done} communityId={communityId} rewardName={reward.name} onClose={onClose} />
      </Modal>
    );
  return (
    <FormModal opened onClose={onClose} title={title} onSubmit={submit} submitting={redeeming} submitLabel={t("store.confirmRedeem")}>
      <Text size="sm" c="dimmed">
        {t("store.redeemHint", { cost: reward.cost, stock: reward.stock })}
      </Text>
      <ResidentPicker communityId={communityId} label={t("form.resident")} withAsterisk {...form.getInputProps("residentId")} />
      <NumberInput label={t("store.quantity")} min={1} max={100} allowDecimal={false} withAsterisk {...form.getInputProps("quantity")} />
      {balance !== null && (
        <Text size="sm" c={short ? "red.7" : undefined} data-testid="redeem-balance">
          {t(short ? "store.balanceShort" : "store.balanceEnough", { balance, total: total ?? 0 })}
        </Text>
      )}
    </FormModal>
  );
}
