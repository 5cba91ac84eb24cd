// 计划: the milestones as a Gantt-style chart (planned against actual) and a table with 达成, and the
// tasks with their owners. The lead or project:manage plans; project:report records milestones reached.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Box, Button, Group, Paper, Select, Stack, Text, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { DataTable } from "../../../../ui/DataTable";
import { useUpdateTask } from "./planCommands";
import { StatusBadge } from "../StatusBadge";
import { GanttChart } from "./GanttChart";
import { AddMilestoneModal, AddTaskModal, ReachMilestoneModal } from "./PlanModals";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

export const ProjectPlanFields = graphql(`
  fragment ProjectPlanFields on Project {
    id
    allowedWork
    plannedStartOn
    plannedEndOn
    milestones {
      id
      title
      description
      plannedStartOn
      plannedEndOn
      completedOn
      completionNote
      reached
      overdue
      daysLate
      allowedSteps
    }
    tasks {
      id
      title
      ownerName
      dueOn
      status
      overdue
      doneAt
      milestone {
        id
        title
      }
    }
  }
`);

const ProjectPlanQuery = graphql(
  `
    query ProjectPlan($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectPlanFields
        }
      }
    }
  `,
  [ProjectPlanFields],
);

const TASK_STATUSES = ["TODO", "DOING", "DONE"] as const;

export function PlanPanel({ projectId, communityId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const [modal, setModal] = useState<"milestone" | "task" | null>(null);
  const [reaching, setReaching] = useState<{ id: string; title: string } | null>(null);
  const [updateTask] = useUpdateTask();
  const { data, fetching, error } = useProjectTab(ProjectPlanQuery, { id: projectId });
  const project: FragmentOf<typeof ProjectPlanFields> | null = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  const p = readFragment(ProjectPlanFields, project);
  const plan = p.allowedWork.includes("PLAN");
  const day = (d: string | null | undefined) => formatDate(d, i18n.language) ?? t("none");
  return (
    <Stack>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="md">
          <Title order={4}>{t("plan.milestones")}</Title>
          {plan && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setModal("milestone")}>
              {t("plan.addMilestone")}
            </Button>
          )}
        </Group>
        {p.milestones.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t("plan.noMilestones")}
          </Text>
        ) : (
          <GanttChart milestones={p.milestones} startOn={p.plannedStartOn} endOn={p.plannedEndOn} />
        )}
        {p.milestones.length > 0 && (
          <Box mt="md">
            <DataTable
              aria-label={t("plan.milestones")}
              data-testid="milestones-table"
              rows={p.milestones}
              rowKey={(m) => m.id}
              columns={[
                { key: "title", header: t("plan.milestoneTitle"), render: (m) => m.title },
                { key: "planned", header: t("plan.planned"), render: (m) => `${m.plannedStartOn ? `${day(m.plannedStartOn)} — ` : ""}${day(m.plannedEndOn)}` },
                { key: "actual", header: t("plan.actual"), render: (m) => (m.completedOn ? day(m.completedOn) : t("none")) },
                {
                  key: "state",
                  header: t("list.status"),
                  render: (m) =>
                    m.reached ? (
                      <Badge color={m.daysLate > 0 ? "orange" : "green"} variant="light">
                        {m.daysLate > 0 ? t("plan.reachedLate", { count: m.daysLate }) : t("plan.reachedOnTime")}
                      </Badge>
                    ) : m.overdue ? (
                      <Badge color="red" variant="light">
                        {t("plan.lateBy", { count: m.daysLate })}
                      </Badge>
                    ) : (
                      <Badge color="gray" variant="light">
                        {t("plan.open")}
                      </Badge>
                    ),
                },
                {
                  key: "actions",
                  header: t("actions"),
                  render: (m) =>
                    m.allowedSteps.includes("REACH") ? (
                      <Button size="compact-xs" variant="light" onClick={() => setReaching({ id: m.id, title: m.title })}>
                        {t("plan.reach")}
                      </Button>
                    ) : null,
                },
              ]}
            />
          </Box>
        )}
      </Paper>
      <Paper withBorder p="md">
        <Group justify="space-between" mb="md">
          <Title order={4}>{t("plan.tasks")}</Title>
          {plan && (
            <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setModal("task")}>
              {t("plan.addTask")}
            </Button>
          )}
        </Group>
        <DataTable
          aria-label={t("plan.tasks")}
          rows={p.tasks}
          rowKey={(x) => x.id}
          columns={[
            { key: "title", header: t("plan.taskTitle"), render: (x) => x.title },
            { key: "owner", header: t("plan.owner"), render: (x) => x.ownerName },
            {
              key: "due",
              header: t("plan.dueOn"),
              render: (x) => (
                <Text size="sm" c={x.overdue ? "red" : undefined}>
                  {day(x.dueOn)}
                  {x.overdue && ` · ${t("plan.taskOverdue")}`}
                </Text>
              ),
            },
            { key: "milestone", header: t("plan.milestone"), render: (x) => x.milestone?.title ?? t("none") },
            {
              key: "status",
              header: t("list.status"),
              render: (x) =>
                plan ? (
                  <Select
                    size="xs"
                    w={110}
                    aria-label={t("plan.taskStatus", { title: x.title })}
                    data={TASK_STATUSES.map((s) => ({ value: s, label: t(`enums.ProjectTaskStatus.${s}`) }))}
                    value={x.status}
                    allowDeselect={false}
                    onChange={(v) => v && v !== x.status && void updateTask({ id: x.id, input: { status: v as (typeof TASK_STATUSES)[number] } }, { success: t("plan.taskUpdated") })}
                  />
                ) : (
                  <StatusBadge kind="ProjectTaskStatus" value={x.status} />
                ),
            },
          ]}
        />
      </Paper>
      {modal === "milestone" && <AddMilestoneModal projectId={p.id} onClose={() => setModal(null)} />}
      {modal === "task" && (
        <AddTaskModal projectId={p.id} communityId={communityId} milestones={p.milestones.filter((m) => !m.reached).map((m) => ({ value: m.id, label: m.title }))} onClose={() => setModal(null)} />
      )}
      {reaching && <ReachMilestoneModal milestone={reaching} onClose={() => setReaching(null)} />}
    </Stack>
  );
}
