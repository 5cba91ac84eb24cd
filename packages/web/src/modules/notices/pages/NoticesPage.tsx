// 公示: current and past notices by status, each with its objections; answer objections, record one
// brought in person, withdraw a notice with a reason, publish an announcement.
import { graphql } from "@gongzhi/schema";
import { Button, Group, SegmentedControl, Stack, Switch, Text } from "@mantine/core";
import { IconSpeakerphone, IconX } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { formatDateTime } from "../../../lib/format";
import { Pager } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { AnswerObjectionModal } from "../components/AnswerObjectionModal";
import { NoticeCard, NoticeCardFields, type NoticeActions } from "../components/NoticeCard";
import { PublishNoticeModal } from "../components/PublishNoticeModal";
import { RecordObjectionModal } from "../components/RecordObjectionModal";
import { WithdrawNoticeModal } from "../components/WithdrawNoticeModal";
import { NOTICE_STATUSES, useEnumLabel } from "../enums";

const NoticesQuery = graphql(
  `
    query Notices($communityId: ID!, $status: NoticeStatus, $pendingObjections: Boolean, $endsBefore: DateTime, $first: Int, $after: String) {
      notices(communityId: $communityId, status: $status, pendingObjections: $pendingObjections, endsBefore: $endsBefore, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...NoticeCardFields
          }
        }
      }
    }
  `,
  [NoticeCardFields],
);

type Status = (typeof NOTICE_STATUSES)[number];
type Dialog =
  | { kind: "answer"; objection: { id: string; filerName: string; text: string } }
  | { kind: "withdraw" | "object"; notice: { id: string; title: string } }
  | { kind: "announce" }
  | null;

export function NoticesPage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("notices");
  const label = useEnumLabel();
  const { can } = useCurrentCommunity();
  const [params] = useSearchParams();
  // Opened from the workbench: 公示即将期满 as ?status=PUBLISHED&endsBefore=<instant>, 待答复异议 as ?objections=pending.
  const [status, setStatus] = useState<Status | "ALL">(() => NOTICE_STATUSES.find((s) => s === params.get("status")) ?? "ALL");
  const [pendingOnly, setPendingOnly] = useState(() => params.get("objections") === "pending");
  const [endsBefore, setEndsBefore] = useState(() => {
    const v = params.get("endsBefore");
    return v !== null && !Number.isNaN(Date.parse(v)) ? v : null;
  });
  const [dialog, setDialog] = useState<Dialog>(null);
  const pager = useCursorPaging(JSON.stringify([communityId, status, pendingOnly, endsBefore]), 10);
  const [{ data, error }] = useQuery({
    query: NoticesQuery,
    variables: { communityId, status: status === "ALL" ? null : status, pendingObjections: pendingOnly ? true : null, endsBefore, ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  // Each card offers the steps its notice's and objections' allowedSteps hold.
  const actions: NoticeActions = {
    onAnswer: (objection) => setDialog({ kind: "answer", objection }),
    onWithdraw: (notice) => setDialog({ kind: "withdraw", notice }),
    onRecordObjection: (notice) => setDialog({ kind: "object", notice }),
  };
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={t("notices.title")}
        description={t("notices.subtitle")}
        actions={
          can("notice:publish") && (
            <Button leftSection={<IconSpeakerphone size={16} />} onClick={() => setDialog({ kind: "announce" })}>
              {t("notices.announce")}
            </Button>
          )
        }
      />
      <Group mb="md" gap="md" wrap="wrap">
        <SegmentedControl
          value={status}
          onChange={(v) => setStatus(v as Status | "ALL")}
          data={[{ value: "ALL", label: t("notices.all") }, ...NOTICE_STATUSES.map((s) => ({ value: s, label: label("NoticeStatus", s) }))]}
        />
        <Switch label={t("notices.pendingOnly")} checked={pendingOnly} onChange={(e) => setPendingOnly(e.currentTarget.checked)} />
        {endsBefore && (
          <Button size="xs" variant="light" rightSection={<IconX size={14} />} onClick={() => setEndsBefore(null)} aria-label={t("notices.clearEndsBefore")}>
            {t("notices.endsBefore", { time: formatDateTime(endsBefore, i18n.language) })}
          </Button>
        )}
      </Group>
      <QueryError error={error} />
      <Stack gap="sm">
        {data?.notices.edges.map((e) => <NoticeCard key={e.node.id} notice={e.node} actions={actions} />)}
        {data && data.notices.edges.length === 0 && (
          <Text c="dimmed" ta="center" py="md">
            {t("notices.none")}
          </Text>
        )}
      </Stack>
      <Pager pager={pager} pageInfo={data?.notices.pageInfo} totalCount={data?.notices.totalCount} />
      {dialog?.kind === "answer" && <AnswerObjectionModal objection={dialog.objection} onClose={close} />}
      {dialog?.kind === "withdraw" && <WithdrawNoticeModal notice={dialog.notice} onClose={close} />}
      {dialog?.kind === "object" && <RecordObjectionModal notice={dialog.notice} onClose={close} />}
      {dialog?.kind === "announce" && <PublishNoticeModal communityId={communityId} onClose={close} />}
    </>
  );
}
