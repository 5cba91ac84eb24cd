// The activity's facts (team, window, place, places, rule, skills), its QR code's value for
// 扫码签到, and the organiser's steps: publish, edit, cancel, reset the code.
import { Badge, Button, Code, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconQrcode } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { useEnumLabel as usePointsLabel } from "../../../points/enums";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { showsPhase } from "../../enums";
import { StatusBadge } from "../StatusBadge";
import { ActivityFormModal } from "./ActivityFormModal";
import { QrCodeModal } from "./QrCodeModal";
import { CancelActivityMutation, PublishActivityMutation, ResetCodeMutation } from "./commands";
import type { ActivityHeaderData } from "./types";

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

export function ActivityHeader({ activity: a }: { activity: ActivityHeaderData }) {
  const { t, i18n } = useTranslation("volunteering");
  const pointsLabel = usePointsLabel();
  const [modal, setModal] = useState<"edit" | "cancel" | "qr" | null>(null);
  const [publish, publishing] = useCommand(PublishActivityMutation, (d) => d.publishVolunteerActivity);
  const [cancel] = useCommand(CancelActivityMutation, (d) => d.cancelVolunteerActivity);
  const [reset] = useCommand(ResetCodeMutation, (d) => d.resetVolunteerActivityCheckInCode);
  const may = (step: (typeof a.allowedSteps)[number]) => a.allowedSteps.includes(step);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Title order={2}>{a.title}</Title>
          <Group gap={6} data-testid="activity-status">
            <StatusBadge kind="VolunteerActivityStatus" value={a.status} size="lg" />
            {showsPhase(a.status) && <StatusBadge kind="VolunteerActivityPhase" value={a.phase} size="lg" />}
          </Group>
        </Stack>
        {(may("PUBLISH") || may("EDIT") || may("CANCEL")) && (
          <Group gap="xs">
            {may("PUBLISH") && (
              <Button loading={publishing} onClick={() => void publish({ id: a.id }, { success: t("activity.publishedNow") })}>
                {t("activity.publish")}
              </Button>
            )}
            {may("EDIT") && a.phase !== "ENDED" && (
              <Button variant="default" onClick={() => setModal("edit")}>
                {t("edit")}
              </Button>
            )}
            {may("CANCEL") && (
              <Button variant="light" color="red" onClick={() => setModal("cancel")}>
                {t("activity.cancel")}
              </Button>
            )}
          </Group>
        )}
      </Group>
      {a.cancelReason && (
        <Text c="red.7" size="sm" mb="sm">
          {t("activity.cancelledBecause", { reason: a.cancelReason })}
        </Text>
      )}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
        <Fact label={t("activities.when")}>
          {formatDateTime(a.startsAt, i18n.language)} – {formatDateTime(a.endsAt, i18n.language)}
        </Fact>
        <Fact label={t("activities.place")}>{[a.place, a.grid?.name].filter(Boolean).join(" · ")}</Fact>
        <Fact label={t("activities.team")}>{a.team?.name ?? t("none")}</Fact>
        <Fact label={t("activities.places")}>
          <span data-testid="activity-places">{t("activities.placesValue", { confirmed: a.confirmedCount, capacity: a.capacity })}</span>
          {a.waitlistCount > 0 && ` · ${t("activities.waitlistValue", { count: a.waitlistCount })}`}
        </Fact>
        <Fact label={t("activities.pointsRule")}>{a.pointsRule ? `${a.pointsRule.name}（${pointsLabel("PointsRuleKind", a.pointsRule.kind)} ${a.pointsRule.points}）` : t("activities.hoursOnly")}</Fact>
        <Fact label={t("activities.requiredSkills")}>
          {a.requiredSkills.length === 0
            ? t("none")
            : a.requiredSkills.map((s) => (
                <Badge key={s} size="sm" variant="light" color="teal" mr={4}>
                  {s}
                </Badge>
              ))}
        </Fact>
        <Fact label={t("activity.checkedIn")}>{a.checkedInCount}</Fact>
        {a.checkInCode && (
          <Fact label={t("activity.qrCode")}>
            <Group gap={6}>
              <Code fz="md" data-testid="activity-code">
                {a.checkInCode}
              </Code>
              <Button size="compact-xs" variant="light" leftSection={<IconQrcode size={14} />} onClick={() => setModal("qr")}>
                {t("activity.showQr")}
              </Button>
              <CopyButton value={a.checkInCode}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy}>
                    {copied ? t("activity.copied") : t("activity.copy")}
                  </Button>
                )}
              </CopyButton>
              {may("RESET_CODE") && (
                <ConfirmButton size="compact-xs" variant="subtle" color="orange" question={t("activity.resetQuestion")} onConfirm={() => reset({ id: a.id }, { success: t("activity.codeReset") })}>
                  {t("activity.resetCode")}
                </ConfirmButton>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {t("activity.qrHint")}
            </Text>
          </Fact>
        )}
      </SimpleGrid>
      {a.description && (
        <Text size="sm" mt="sm" style={{ whiteSpace: "pre-wrap" }}>
          {a.description}
        </Text>
      )}
      {modal === "qr" && a.checkInCode && <QrCodeModal code={a.checkInCode} title={a.title} onClose={() => setModal(null)} />}
      {modal === "edit" && (
        <ActivityFormModal
          communityId={a.community.id}
          activity={{ ...a, teamId: a.team?.id ?? null, pointsRuleId: a.pointsRule?.id ?? null }}
          onClose={() => setModal(null)}
        />
      )}
      {modal === "cancel" && (
        <ReasonModal
          title={t("activity.cancel")}
          label={t("form.reason")}
          submitLabel={t("activity.confirmCancel")}
          onClose={() => setModal(null)}
          run={(reason, form) => cancel({ id: a.id, input: { reason } }, { form, success: t("activity.cancelled") })}
        />
      )}
    </Paper>
  );
}
