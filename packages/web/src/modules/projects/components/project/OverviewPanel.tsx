// 概况: what the project is, where it comes from, who leads and carries it out, the area and the
// dates, the approval record, progress and budget at a glance; the lifecycle actions beside it.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Anchor, Button, Grid, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle, IconPencil } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { activityPath } from "../../../volunteering/paths";
import { useEnumLabel } from "../../enums";
import { formatFen, formatRate } from "../../money";
import { Fact } from "../Fact";

export const ProjectOverviewFields = graphql(`
  fragment ProjectOverviewFields on Project {
    id
    title
    description
    status
    origin
    requestText
    requester {
      id
      name
    }
    topic {
      id
      title
    }
    leadId
    leadName
    viewerIsLead
    organization {
      id
      name
    }
    type {
      id
      name
    }
    community {
      id
      name
    }
    grids {
      id
      name
    }
    wholeCommunity
    plannedStartOn
    plannedEndOn
    createdAt
    approvedAt
    approvedByName
    approvalNote
    startedAt
    completedAt
    completionSummary
    cancelledAt
    cancelReason
    percentComplete
    isPublic
    hasOverdue
    overdueMilestoneCount
    internalNote
    allowedSteps
    allowedWork
    approvalNeedsResolution
    beneficiaryTotal
    volunteerService {
      activityCount
      volunteerCount
      verifiedMinutes
    }
    volunteerActivities {
      id
      title
      startsAt
    }
    nextMilestone {
      id
      title
      plannedEndOn
      overdue
    }
    budget {
      budgetFen
      spentFen
      remainingFen
      burnRate
      warning
      overspent
      receivedSponsorshipFen
    }
  }
`);

interface OverviewPanelProps {
  project: FragmentOf<typeof ProjectOverviewFields>;
  /** The lifecycle steps the viewer may take (LifecycleActions). */
  actions: ReactNode;
  /** The edit form (EditProjectModal), while open. */
  edit: (onClose: () => void) => ReactNode;
}

// The page passes in the actions and the edit form: they run commands that select this
// component's fragment, so this file does not import them (no import cycle).
export function OverviewPanel({ project, actions, edit }: OverviewPanelProps) {
  const { t, i18n } = useTranslation("projects");
  const label = useEnumLabel();
  const p = readFragment(ProjectOverviewFields, project);
  const none = t("none");
  const day = (d: string | null | undefined) => formatDate(d, i18n.language) ?? none;
  const at = (d: string | null | undefined) => formatDateTime(d, i18n.language) ?? none;
  const [editing, setEditing] = useState(false);
  return (
    <Grid>
      {editing && edit(() => setEditing(false))}
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack>
          {p.budget.overspent && (
            <Alert color="red" icon={<IconAlertTriangle size={18} />} title={t("budget.overspentTitle")}>
              {p.budget.spentFen > p.budget.budgetFen
                ? t("budget.overspentText", { spent: formatFen(p.budget.spentFen), budget: formatFen(p.budget.budgetFen) })
                : t("budget.lineOverspentHint")}
            </Alert>
          )}
          {p.cancelledAt && (
            <Alert color="gray" title={t("overview.cancelled", { at: at(p.cancelledAt) })}>
              {p.cancelReason}
            </Alert>
          )}
          <Paper withBorder p="md">
            <Group justify="space-between" mb="sm">
              <Title order={4}>{t("overview.about")}</Title>
              {p.allowedWork.includes("EDIT") && (
                <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={() => setEditing(true)}>
                  {t("edit")}
                </Button>
              )}
            </Group>
            <Text size="sm" mb="md" style={{ whiteSpace: "pre-wrap" }}>
              {p.description}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <Fact label={t("fields.origin")}>{label("ProjectOrigin", p.origin)}</Fact>
              <Fact label={t("fields.lead")}>{p.leadName ?? t("overview.noLead")}</Fact>
              <Fact label={t("fields.organization")}>{p.organization?.name ?? none}</Fact>
              <Fact label={t("fields.area")}>{p.wholeCommunity ? t("overview.wholeCommunity") : p.grids.map((g) => g.name).join("、")}</Fact>
              <Fact label={t("overview.planned")}>{`${day(p.plannedStartOn)} — ${day(p.plannedEndOn)}`}</Fact>
              <Fact label={t("overview.public")}>{p.isPublic ? t("overview.isPublic") : t("overview.notPublic")}</Fact>
              {p.origin === "RESIDENT_REQUEST" && <Fact label={t("fields.requester")}>{p.requester?.name ?? none}</Fact>}
              {p.topic && <Fact label={t("fields.topic")}>{p.topic.title}</Fact>}
              <Fact label={t("overview.createdAt")}>{at(p.createdAt)}</Fact>
            </SimpleGrid>
            {p.requestText && (
              <Paper bg="gray.0" p="sm" mt="md">
                <Text size="xs" c="dimmed">
                  {t("fields.requestText")}
                </Text>
                <Text size="sm">“{p.requestText}”</Text>
              </Paper>
            )}
            {p.internalNote && (
              <Text size="sm" c="dimmed" mt="sm">
                {t("overview.internalNote", { note: p.internalNote })}
              </Text>
            )}
          </Paper>
          {p.approvedAt && (
            <Paper withBorder p="md" data-testid="approval-record">
              <Title order={4} mb="sm">
                {t("overview.approval")}
              </Title>
              <SimpleGrid cols={{ base: 1, sm: 3 }}>
                <Fact label={t("overview.approvedAt")}>{at(p.approvedAt)}</Fact>
                <Fact label={t("overview.approvedBy")}>{p.approvedByName ?? none}</Fact>
                <Fact label={t("overview.startedAt")}>{at(p.startedAt)}</Fact>
              </SimpleGrid>
              {p.approvalNote && (
                <Text size="sm" mt="sm">
                  {t("overview.approvalNote", { note: p.approvalNote })}
                </Text>
              )}
              {p.completedAt && (
                <Text size="sm" mt="sm">
                  {t("overview.completed", { at: at(p.completedAt), summary: p.completionSummary ?? "" })}
                </Text>
              )}
            </Paper>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack>
          {actions}
          <Paper withBorder p="md">
            <Title order={4} mb="sm">
              {t("overview.glance")}
            </Title>
            <Stack gap="sm">
              <div>
                <Group justify="space-between">
                  <Text size="sm">{t("overview.percent")}</Text>
                  <Text size="sm" fw={500} data-testid="project-percent">
                    {p.percentComplete}%
                  </Text>
                </Group>
                <Progress value={p.percentComplete} aria-label={t("overview.percent")} />
              </div>
              <div>
                <Group justify="space-between">
                  <Text size="sm">{t("overview.burn")}</Text>
                  <Text size="sm" fw={500} c={p.budget.overspent ? "red" : undefined}>
                    {formatRate(p.budget.burnRate)}
                  </Text>
                </Group>
                <Progress value={Math.min(100, (p.budget.burnRate ?? 0) * 100)} color={p.budget.overspent ? "red" : p.budget.warning === "NEARLY_SPENT" ? "orange" : "green"} aria-label={t("overview.burn")} />
                <Text size="xs" c="dimmed" mt={4}>
                  {t("list.burnDetail", { spent: formatFen(p.budget.spentFen), budget: formatFen(p.budget.budgetFen) })}
                </Text>
              </div>
              <Fact label={t("overview.received")}>{formatFen(p.budget.receivedSponsorshipFen)}</Fact>
              <Fact label={t("list.nextMilestone")}>
                {p.nextMilestone ? (
                  <Text size="sm" c={p.nextMilestone.overdue ? "red" : undefined}>
                    {p.nextMilestone.title} · {t("list.due", { date: day(p.nextMilestone.plannedEndOn) })}
                  </Text>
                ) : (
                  none
                )}
              </Fact>
              <Fact label={t("overview.beneficiaries")}>{t("beneficiaries.people", { count: p.beneficiaryTotal })}</Fact>
              <Fact label={t("overview.volunteering")}>
                <Text size="sm" data-testid="project-volunteering">
                  {t("overview.volunteeringValue", {
                    activities: p.volunteerService.activityCount,
                    volunteers: p.volunteerService.volunteerCount,
                    hours: Math.round(p.volunteerService.verifiedMinutes / 6) / 10,
                  })}
                </Text>
                {p.volunteerActivities.map((a) => (
                  <Anchor key={a.id} component={Link} to={activityPath(a.id)} size="xs" display="block">
                    {a.title}（{day(a.startsAt)}）
                  </Anchor>
                ))}
              </Fact>
            </Stack>
          </Paper>
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
