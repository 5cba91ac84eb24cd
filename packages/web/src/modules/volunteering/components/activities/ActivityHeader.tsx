// The activity's facts (team, window, place, places, rule, skills) and its QR code's value for
// 扫码签到. The page puts the organiser's steps in (ActivityActions: publish, edit, cancel, reset
// the code); they run commands that select this fragment, so this file does not import them.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Code, CopyButton, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconQrcode } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useEnumLabel as usePointsLabel } from "../../../points/enums";
import { showsPhase } from "../../enums";
import { StatusBadge } from "../StatusBadge";
import { QrCodeModal } from "./QrCodeModal";

export const ActivityHeaderFields = graphql(`
  fragment ActivityHeaderFields on VolunteerActivity {
    id
    title
    status
    phase
    startsAt
    endsAt
    place
    capacity
    confirmedCount
    waitlistCount
    checkedInCount
    requiredSkills
    description
    checkInCode
    checkInUrl
    publishedAt
    cancelledAt
    cancelReason
    allowedSteps
    team {
      id
      name
    }
    pointsRule {
      id
      name
      kind
      points
    }
    grid {
      id
      name
    }
    community {
      id
    }
  }
`);

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

interface ActivityHeaderProps {
  activity: FragmentOf<typeof ActivityHeaderFields>;
  /** The organiser's steps (ActivityActions): they run commands that select this fragment. */
  actions?: ReactNode;
  /** 重置签到码, beside the code. */
  resetCode?: ReactNode;
}

export function ActivityHeader({ activity, actions, resetCode }: ActivityHeaderProps) {
  const { t, i18n } = useTranslation("volunteering");
  const pointsLabel = usePointsLabel();
  const a = readFragment(ActivityHeaderFields, activity);
  const [qr, setQr] = useState(false);
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
        {actions}
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
              <Button size="compact-xs" variant="light" leftSection={<IconQrcode size={14} />} onClick={() => setQr(true)}>
                {t("activity.showQr")}
              </Button>
              <CopyButton value={a.checkInCode}>
                {({ copied, copy }) => (
                  <Button size="compact-xs" variant="subtle" onClick={copy}>
                    {copied ? t("activity.copied") : t("activity.copy")}
                  </Button>
                )}
              </CopyButton>
              {resetCode}
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
      {qr && a.checkInCode && <QrCodeModal code={a.checkInCode} url={a.checkInUrl} title={a.title} onClose={() => setQr(false)} />}
    </Paper>
  );
}
