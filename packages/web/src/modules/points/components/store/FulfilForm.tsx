// 核销: the clerk types the 8-character code the resident shows; the redemption is handed over.
import { Button, Group, Paper, Text, TextInput, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconCircleCheck } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FulfilMutation } from "./commands";

export function FulfilForm({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const [last, setLast] = useState<{ rewardName: string; quantity: number; name: string } | null>(null);
  const form = useForm({ initialValues: { code: "" }, validate: { code: (v) => (v.replace(/[\s-]/g, "").length === 8 ? null : t("store.codeInvalid")) } });
  const [fulfil, fulfilling] = useCommand(FulfilMutation, (d) => d.fulfilRedemption);
  const submit = form.onSubmit(async (v) => {
    const done = await fulfil({ input: { communityId, code: v.code.trim() } }, { form, success: t("store.fulfilled") });
    if (done) {
      setLast({ rewardName: done.rewardName, quantity: done.quantity, name: done.account.name });
      form.reset();
    }
  });
  return (
    <Paper withBorder p="md" mb="md">
      <Title order={4} mb="xs">
        {t("store.fulfilTitle")}
      </Title>
      <form onSubmit={submit} noValidate>
        <Group align="flex-start">
          <TextInput label={t("store.code")} placeholder="ABCD-1234" ff="monospace" w={220} {...form.getInputProps("code")} />
          <Button type="submit" mt={25} loading={fulfilling}>
            {t("store.fulfil")}
          </Button>
        </Group>
      </form>
      {last && (
        <Group gap={6} mt="xs" c="green.7" data-testid="fulfil-result">
          <IconCircleCheck size={18} />
          <Text size="sm">{t("store.fulfilledWhat", { name: last.name, reward: last.rewardName, quantity: last.quantity })}</Text>
        </Group>
      )}
    </Paper>
  );
}
