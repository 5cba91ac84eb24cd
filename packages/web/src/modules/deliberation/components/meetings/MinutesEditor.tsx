// 纪要: written during the meeting or after it.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Group, Paper, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import type { CommandOptions } from "../../../../lib/useCommand";

export const MeetingMinutesFields = graphql(`
  fragment MeetingMinutesFields on Meeting {
    id
    status
    allowedSteps
    minutes
  }
`);

/** What a meeting without minutes says, by its status (display only). */
const NO_MINUTES = { SCHEDULED: "minutes.notYet", IN_PROGRESS: "minutes.none", CLOSED: "minutes.none", CANCELLED: "minutes.none" } as const;

/** recordMinutes, from the page (the command refreshes this editor, so the editor does not hold it). */
export type RecordMinutes = { run: (vars: { id: string; minutes: string }, options?: CommandOptions) => Promise<unknown>; running: boolean };

export function MinutesEditor({ meeting, record: save }: { meeting: FragmentOf<typeof MeetingMinutesFields>; record: RecordMinutes }) {
  const { t } = useTranslation("deliberation");
  const m = readFragment(MeetingMinutesFields, meeting);
  const writable = m.allowedSteps.includes("RECORD_MINUTES");
  const form = useForm({ initialValues: { minutes: m.minutes ?? "" }, validate: { minutes: (v) => (v.trim() ? null : t("form.required")) } });
  const [record, recording] = [save.run, save.running];
  const submit = form.onSubmit(async (v) => {
    if (await record({ id: m.id, minutes: v.minutes.trim() }, { form, success: t("minutes.saved") })) form.resetDirty();
  });
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t("minutes.title")}
      </Title>
      {!writable && (
        <Text c={m.minutes ? undefined : "dimmed"} style={{ whiteSpace: "pre-wrap" }}>
          {m.minutes ?? t(NO_MINUTES[m.status])}
        </Text>
      )}
      {writable && (
        <form onSubmit={submit} noValidate>
          <Textarea aria-label={t("minutes.title")} placeholder={t("minutes.placeholder")} autosize minRows={8} maxRows={24} size="md" {...form.getInputProps("minutes")} />
          <Group justify="flex-end" mt="sm">
            {form.isDirty() && (
              <Text size="sm" c="orange">
                {t("minutes.unsaved")}
              </Text>
            )}
            <Button type="submit" size="md" loading={recording}>
              {t("minutes.save")}
            </Button>
          </Group>
        </form>
      )}
    </Paper>
  );
}
