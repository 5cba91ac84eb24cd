// 项目详情: the project with its lifecycle, and tabs for the timeline, the milestone plan (Gantt)
// and tasks, progress updates with photos, budget and expenses, sponsors, beneficiaries and the
// evaluation. The tab is kept in the URL (?tab=).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { DetailPage } from "../../../ui/DetailPage";
import { BeneficiariesPanel } from "../components/project/BeneficiariesPanel";
import { BudgetPanel } from "../components/project/BudgetPanel";
import { EditProjectModal } from "../components/project/EditProjectModal";
import { EvaluationPanel } from "../components/project/EvaluationPanel";
import { LifecycleActions } from "../components/project/LifecycleActions";
import { OverviewPanel } from "../components/project/OverviewPanel";
import { PlanPanel } from "../components/project/PlanPanel";
import { SponsorsPanel } from "../components/project/SponsorsPanel";
import { TimelinePanel } from "../components/project/TimelinePanel";
import { useLast } from "../components/project/useProjectTab";
import { UpdatesPanel } from "../components/project/UpdatesPanel";
import { StatusBadge } from "../components/StatusBadge";
import { ProjectOverviewFields } from "../components/project/OverviewPanel";
import { sectionPath } from "../paths";

const ProjectQuery = graphql(
  `
    query Project($id: ID!) {
      node(id: $id) {
        __typename
        ... on Project {
          id
          ...ProjectOverviewFields
        }
      }
    }
  `,
  [ProjectOverviewFields],
);

export const TABS = ["overview", "timeline", "plan", "updates", "budget", "sponsors", "beneficiaries", "evaluation"] as const;
type Tab = (typeof TABS)[number];

export function ProjectPage({ projectId }: { projectId: string }) {
  const { t } = useTranslation("projects");
  const [params, setParams] = useSearchParams();
  const tab: Tab = (TABS as readonly string[]).includes(params.get("tab") ?? "") ? (params.get("tab") as Tab) : "overview";
  const [{ data: current, fetching, error }] = useQuery({ query: ProjectQuery, variables: { id: projectId }, requestPolicy: "cache-and-network" });
  // While the project is fetched again after a change, the page stays (with any open form).
  const data = useLast(current, projectId);
  const project: FragmentOf<typeof ProjectOverviewFields> | null = data?.node?.__typename === "Project" ? data.node : null;
  return (
    <DetailPage back={{ to: sectionPath("list"), label: t("project.back") }} query={{ data, fetching, error }} record={project} notFound={t("project.notFound")}>
      {(project) => {
        const head = readFragment(ProjectOverviewFields, project);
        const tabProps = { projectId: head.id, communityId: head.community.id };
        return (
          <>
            <Group justify="space-between" align="flex-start">
              <Stack gap={4}>
                <Title order={2}>{head.title}</Title>
                <Group gap="xs">
                  <StatusBadge kind="ProjectStatus" value={head.status} size="lg" data-testid="project-status" />
                  <Badge variant="outline">{head.type.name}</Badge>
                  {head.hasOverdue && (
                    <Badge color="red" variant="light">
                      {t("project.overdue")}
                    </Badge>
                  )}
                  {head.budget.overspent && (
                    <Badge color="red" variant="filled">
                      {t("budget.overspentBadge")}
                    </Badge>
                  )}
                  <Text size="sm" c="dimmed">
                    {head.community.name}
                  </Text>
                </Group>
              </Stack>
            </Group>
            <Tabs value={tab} onChange={(v) => setParams(v && v !== "overview" ? { tab: v } : {}, { replace: true })} keepMounted={false}>
              <Tabs.List aria-label={t("project.tabsLabel")} mb="md">
                {TABS.map((x) => (
                  <Tabs.Tab key={x} value={x}>
                    {t(`project.tabs.${x}`)}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <Tabs.Panel value="overview">
                <OverviewPanel project={project} actions={<LifecycleActions project={project} />} edit={(onClose) => <EditProjectModal project={project} onClose={onClose} />} />
              </Tabs.Panel>
              <Tabs.Panel value="timeline">
                <TimelinePanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="plan">
                <PlanPanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="updates">
                <UpdatesPanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="budget">
                <BudgetPanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="sponsors">
                <SponsorsPanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="beneficiaries">
                <BeneficiariesPanel {...tabProps} />
              </Tabs.Panel>
              <Tabs.Panel value="evaluation">
                <EvaluationPanel {...tabProps} />
              </Tabs.Panel>
            </Tabs>
          </>
        );
      }}
    </DetailPage>
  );
}
