// 需求清单 (管家计划): the needs the community lists for alliance units and social organizations to
// claim and fund. Staff list a need, record pledges for it (it becomes 已认领), mark it 已落实 once a
// pledge has arrived, close it with a reason, or attach it to a project that carries it out.
import { graphql } from "@gongzhi/schema";
import { Anchor, Badge, Button, Group, NumberInput, SegmentedControl, Select, Stack, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { formatDate } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { UserErrorFields } from "../../../lib/userError";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { DataTable } from "../../../ui/DataTable";
import { FormModal } from "../../../ui/FormModal";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { PledgeModal } from "../components/project/SponsorsPanel";
import { formatFen, yuanAmountOk, yuanToFen } from "../money";
import { projectPath } from "../paths";

const NeedFields = graphql(`
  fragment CommunityNeedFields on CommunityNeed @_unmask {
    id
    title
    description
    status
    estimatedFen
    pledgedFen
    receivedFen
    closeReason
    createdAt
    allowedSteps
    project {
      id
      title
    }
    sponsorships {
      id
      sponsorName
      status
    }
  }
`);

export const CommunityNeedsQuery = graphql(
  `
    query CommunityNeeds($communityId: ID!, $first: Int, $after: String, $statuses: [CommunityNeedStatus!]) {
      communityNeeds(communityId: $communityId, first: $first, after: $after, statuses: $statuses) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            ...CommunityNeedFields
          }
        }
      }
    }
  `,
  [NeedFields],
);

const CreateNeed = graphql(
  `
    mutation CreateCommunityNeed($input: CreateCommunityNeedInput!) {
      createCommunityNeed(input: $input) {
        __typename
        ... on MutationCreateCommunityNeedSuccess {
          data {
            ...CommunityNeedFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedFields, UserErrorFields],
);

const FulfillNeed = graphql(
  `
    mutation FulfillCommunityNeed($id: ID!) {
      fulfillCommunityNeed(id: $id) {
        __typename
        ... on MutationFulfillCommunityNeedSuccess {
          data {
            ...CommunityNeedFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedFields, UserErrorFields],
);

const CloseNeed = graphql(
  `
    mutation CloseCommunityNeed($id: ID!, $input: CloseCommunityNeedInput!) {
      closeCommunityNeed(id: $id, input: $input) {
        __typename
        ... on MutationCloseCommunityNeedSuccess {
          data {
            ...CommunityNeedFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedFields, UserErrorFields],
);

const LinkNeed = graphql(
  `
    mutation LinkCommunityNeedToProject($id: ID!, $projectId: ID!) {
      linkCommunityNeedToProject(id: $id, projectId: $projectId) {
        __typename
        ... on MutationLinkCommunityNeedToProjectSuccess {
          data {
            ...CommunityNeedFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NeedFields, UserErrorFields],
);

const OpenProjects = graphql(`
  query NeedProjectOptions($communityId: ID!) {
    projects(communityId: $communityId, statuses: [PROPOSED, DELIBERATING, APPROVED, IN_PROGRESS], first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const FILTERS = ["active", "all"] as const;
const NEED_COLORS: Record<string, string> = { OPEN: "yellow", CLAIMED: "blue", FULFILLED: "green", CLOSED: "gray" };
type Need = { id: string; title: string; description: string; status: string; estimatedFen?: number | null; pledgedFen: number; receivedFen: number; closeReason?: string | null; createdAt: string; allowedSteps: readonly string[]; project?: { id: string; title: string } | null; sponsorships: readonly { id: string; sponsorName: string; status: string }[] };

export function NeedsPage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const manage = can("need:manage");
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>("active");
  const pager = useCursorPaging(filter);
  const [{ data, fetching, error }] = useQuery({
    query: CommunityNeedsQuery,
    variables: { communityId, ...pager.variables, statuses: filter === "active" ? ["OPEN", "CLAIMED"] : null },
    requestPolicy: "cache-and-network",
  });
  const [modal, setModal] = useState<{ kind: "create" } | { kind: "pledge" | "close" | "link"; need: Need } | null>(null);
  const [fulfill] = useCommand(FulfillNeed, (d) => d.fulfillCommunityNeed);
  return (
    <>
      <PageHeader
        title={t("needs.title")}
        description={t("needs.description")}
        actions={
          <>
            <SegmentedControl value={filter} onChange={(v) => setFilter(v as (typeof FILTERS)[number])} data={FILTERS.map((f) => ({ value: f, label: t(`needs.filters.${f}`) }))} />
            {manage && (
              <Button leftSection={<IconPlus size={16} />} onClick={() => setModal({ kind: "create" })}>
                {t("needs.add")}
              </Button>
            )}
          </>
        }
      />
      <DataTable
        aria-label={t("needs.title")}
        data-testid="needs-table"
        rows={data?.communityNeeds.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.communityNeeds.pageInfo, totalCount: data?.communityNeeds.totalCount }}
        rowKey={(n) => n.id}
        columns={[
          {
            key: "title",
            header: t("needs.need"),
            render: (n) => (
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {n.title}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {n.description}
                </Text>
              </Stack>
            ),
          },
          { key: "estimated", header: t("needs.estimated"), render: (n) => formatFen(n.estimatedFen) },
          { key: "pledged", header: t("needs.pledged"), render: (n) => `${formatFen(n.pledgedFen)} / ${formatFen(n.receivedFen)}` },
          { key: "sponsors", header: t("sponsors.sponsor"), render: (n) => n.sponsorships.filter((s) => s.status !== "WITHDRAWN").map((s) => s.sponsorName).join("、") || t("none") },
          {
            key: "status",
            header: t("list.status"),
            render: (n) => (
              <Stack gap={2}>
                <Badge variant="light" color={NEED_COLORS[n.status] ?? "gray"} style={{ whiteSpace: "nowrap" }}>
                  {t(`sponsors.needStatus.${n.status as "OPEN"}`)}
                </Badge>
                {n.closeReason && (
                  <Text size="xs" c="dimmed">
                    {n.closeReason}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            key: "project",
            header: t("needs.project"),
            render: (n) =>
              n.project ? (
                <Anchor component={Link} to={projectPath(n.project.id)} size="sm">
                  {n.project.title}
                </Anchor>
              ) : (
                t("none")
              ),
          },
          { key: "created", header: t("needs.listedOn"), render: (n) => formatDate(n.createdAt.slice(0, 10), i18n.language) },
          {
            key: "actions",
            header: t("actions"),
            render: (n) => (
              <Group gap={4}>
                {n.allowedSteps.includes("PLEDGE") && (
                  <Button size="compact-xs" onClick={() => setModal({ kind: "pledge", need: n })}>
                    {t("needs.claim")}
                  </Button>
                )}
                {n.allowedSteps.includes("FULFIL") && (
                  <ConfirmButton color="green" question={t("needs.fulfillQuestion", { title: n.title })} onConfirm={() => fulfill({ id: n.id }, { success: t("needs.fulfilled") })}>
                    {t("needs.fulfill")}
                  </ConfirmButton>
                )}
                {n.allowedSteps.includes("LINK") && (
                  <Button size="compact-xs" variant="light" onClick={() => setModal({ kind: "link", need: n })}>
                    {t("needs.link")}
                  </Button>
                )}
                {n.allowedSteps.includes("CLOSE") && (
                  <Button size="compact-xs" variant="subtle" color="red" onClick={() => setModal({ kind: "close", need: n })}>
                    {t("needs.close")}
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
      />
      {modal?.kind === "create" && <CreateNeedModal communityId={communityId} onClose={() => setModal(null)} />}
      {modal?.kind === "pledge" && <PledgeModal needId={modal.need.id} title={t("needs.claimTitle", { title: modal.need.title })} communityId={communityId} onClose={() => setModal(null)} />}
      {modal?.kind === "close" && <CloseNeedModal need={modal.need} onClose={() => setModal(null)} />}
      {modal?.kind === "link" && <LinkNeedModal need={modal.need} communityId={communityId} onClose={() => setModal(null)} />}
    </>
  );
}

function CreateNeedModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useCommand(CreateNeed, (d) => d.createCommunityNeed);
  const form = useForm({
    initialValues: { title: "", description: "", estimatedFen: "" as number | string },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      description: (v) => (v.trim() ? null : t("form.required")),
      estimatedFen: (v) => (v !== "" && !yuanAmountOk(v) ? t("form.amountInvalid") : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { communityId, title: v.title.trim(), description: v.description.trim(), estimatedFen: v.estimatedFen === "" ? null : yuanToFen(v.estimatedFen) };
    if (await run({ input }, { form, success: t("needs.added") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.add")} onSubmit={submit} submitting={running} size="md">
      <TextInput label={t("needs.need")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("fields.description")} withAsterisk autosize minRows={3} {...form.getInputProps("description")} />
      <NumberInput label={t("needs.estimatedYuan")} min={0} decimalScale={2} thousandSeparator="," prefix="¥" {...form.getInputProps("estimatedFen")} />
    </FormModal>
  );
}

function CloseNeedModal({ need, onClose }: { need: Need; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useCommand(CloseNeed, (d) => d.closeCommunityNeed);
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: need.id, input: { reason: v.reason.trim() } }, { form, success: t("needs.closed") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.closeTitle", { title: need.title })} onSubmit={submit} submitting={running} size="md">
      <Textarea label={t("needs.closeReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}

function LinkNeedModal({ need, communityId, onClose }: { need: Need; communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [{ data }] = useQuery({ query: OpenProjects, variables: { communityId } });
  const [run, running] = useCommand(LinkNeed, (d) => d.linkCommunityNeedToProject);
  const form = useForm({ initialValues: { projectId: null as string | null }, validate: { projectId: (v) => (v ? null : t("form.required")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: need.id, projectId: v.projectId! }, { form, success: t("needs.linked") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("needs.linkTitle", { title: need.title })} onSubmit={submit} submitting={running} size="md">
      <Text size="sm" c="dimmed">
        {t("needs.linkHint")}
      </Text>
      <Select label={t("needs.project")} data={(data?.projects.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }))} searchable withAsterisk {...form.getInputProps("projectId")} />
    </FormModal>
  );
}
