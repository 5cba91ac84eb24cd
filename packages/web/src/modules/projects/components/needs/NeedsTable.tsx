// 需求清单's table: one row per need, with what it raised and the steps the viewer may take
// (allowedSteps). The page composes the forms; the table only reports which step was chosen.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../../lib/format";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { DataTable, type Paging } from "../../../../ui/DataTable";
import { formatFen } from "../../money";
import { projectPath } from "../../paths";

export const NeedRowFields = graphql(`
  fragment NeedRowFields on CommunityNeed {
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

/** A need's badge colour by its status (display only). */
const NEED_COLORS: Record<string, string> = { OPEN: "yellow", CLAIMED: "blue", FULFILLED: "green", CLOSED: "gray" };

/** The forms a row opens (fulfil is confirmed in the row). */
export type NeedStep = "pledge" | "link" | "close";

interface NeedsTableProps {
  needs: readonly FragmentOf<typeof NeedRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onStep: (step: NeedStep, need: { id: string; title: string }) => void;
  onFulfil: (needId: string) => Promise<unknown>;
}

export function NeedsTable({ needs, fetching, error, paging, onStep, onFulfil }: NeedsTableProps) {
  const { t, i18n } = useTranslation("projects");
  return (
    <DataTable
      aria-label={t("needs.title")}
      data-testid="needs-table"
      rows={needs?.map((n) => readFragment(NeedRowFields, n))}
      fetching={fetching}
      error={error}
      paging={paging}
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
                <Button size="compact-xs" onClick={() => onStep("pledge", n)}>
                  {t("needs.claim")}
                </Button>
              )}
              {n.allowedSteps.includes("FULFIL") && (
                <ConfirmButton color="green" question={t("needs.fulfillQuestion", { title: n.title })} onConfirm={() => onFulfil(n.id)}>
                  {t("needs.fulfill")}
                </ConfirmButton>
              )}
              {n.allowedSteps.includes("LINK") && (
                <Button size="compact-xs" variant="light" onClick={() => onStep("link", n)}>
                  {t("needs.link")}
                </Button>
              )}
              {n.allowedSteps.includes("CLOSE") && (
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => onStep("close", n)}>
                  {t("needs.close")}
                </Button>
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}
