// 来访登记 / 意见反馈台账: one row per entry; expand it for the content, the answer and how it closed.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { topicPath } from "../../../deliberation/paths";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const VisitRow = graphql(`
  fragment VisitRow on ServiceVisit {
    id
    visitedAt
    visitorName
    kind
    channel
    topic
    content
    status
    answer
    answeredAt
    closeNote
    closedAt
    allowedSteps
    resident {
      id
      name
    }
    deliberationTopic {
      id
      title
    }
  }
`);

type Row = FragmentOf<typeof VisitRow>;
export type VisitStep = "answer" | "close" | "topic";

interface VisitsTableProps {
  visits: readonly Row[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  /** Opens a step's form; the row offers the steps the server allows the viewer (allowedSteps). */
  onStep?: (visitId: string, step: VisitStep) => void;
}

function Detail({ row }: { row: Row }) {
  const { t, i18n } = useTranslation("serviceComplex");
  const v = readFragment(VisitRow, row);
  return (
    <Stack gap="xs" px="sm">
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
        <Text span fw={600}>
          {t("visits.content")}：
        </Text>
        {v.content}
      </Text>
      {v.answer && (
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          <Text span fw={600}>
            {t("visits.answer")}（{formatDateTime(v.answeredAt, i18n.language)}）：
          </Text>
          {v.answer}
        </Text>
      )}
      {v.deliberationTopic && (
        <Text size="sm">
          <Text span fw={600}>
            {t("visits.turnedInto")}：
          </Text>
          <Anchor component={Link} to={topicPath(v.deliberationTopic.id)} size="sm">
            {v.deliberationTopic.title}
          </Anchor>
        </Text>
      )}
      {v.closedAt && (
        <Text size="sm">
          <Text span fw={600}>
            {t("visits.closedAt", { at: formatDateTime(v.closedAt, i18n.language) })}
          </Text>
          {v.closeNote ? `：${v.closeNote}` : ""}
        </Text>
      )}
    </Stack>
  );
}

export function VisitsTable({ visits, fetching, error, paging, onStep }: VisitsTableProps) {
  const { t, i18n } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const r = (row: Row) => readFragment(VisitRow, row);
  const columns: Column<Row>[] = [
    { key: "at", header: t("visits.visitedAt"), render: (row) => formatDateTime(r(row).visitedAt, i18n.language) },
    {
      key: "visitor",
      header: t("visits.visitor"),
      render: (row) => (r(row).resident ? `${r(row).visitorName}（${t("ticket.registeredResident")}）` : r(row).visitorName),
    },
    { key: "kind", header: t("visits.kind"), render: (row) => label("ServiceVisitKind", r(row).kind) },
    { key: "channel", header: t("visits.channel"), render: (row) => label("ServiceVisitChannel", r(row).channel) },
    { key: "topic", header: t("visits.topic"), render: (row) => <Text size="sm" fw={500}>{r(row).topic}</Text> },
    {
      key: "status",
      header: t("visits.status"),
      render: (row) => (
        <Group gap={4} wrap="nowrap">
          <StatusBadge kind="ServiceVisitStatus" value={r(row).status} />
          {r(row).deliberationTopic && (
            <Badge component={Link} to={topicPath(r(row).deliberationTopic!.id)} variant="light" color="violet" style={{ cursor: "pointer" }}>
              {t("visits.topicBadge")}
            </Badge>
          )}
        </Group>
      ),
    },
  ];
  if (onStep)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (row) => (
        <Group gap={4}>
          {r(row).allowedSteps.includes("ANSWER") && (
            <Button size="xs" variant="light" onClick={() => onStep(r(row).id, "answer")}>
              {t("visits.answerButton")}
            </Button>
          )}
          {r(row).allowedSteps.includes("CLOSE") && (
            <Button size="xs" variant="light" color="gray" onClick={() => onStep(r(row).id, "close")}>
              {t("visits.closeButton")}
            </Button>
          )}
          {r(row).allowedSteps.includes("TO_TOPIC") && (
            <Button size="xs" variant="subtle" color="violet" onClick={() => onStep(r(row).id, "topic")}>
              {t("visits.toTopicButton")}
            </Button>
          )}
        </Group>
      ),
    });
  return (
    <DataTable
      data-testid="visits-table"
      aria-label={t("visits.title")}
      columns={columns}
      rows={visits}
      rowKey={(row) => r(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
      expanded={(row) => <Detail row={row} />}
    />
  );
}
