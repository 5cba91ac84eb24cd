// The meetings of the committee: when, where, status, how many topics.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Paging } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { meetingPath } from "../../paths";
import { StatusBadge } from "../StatusBadge";

export const MeetingRow = graphql(`
  fragment MeetingRow on Meeting {
    id
    title
    startsAt
    endsAt
    mode
    place
    status
    agenda {
      id
    }
  }
`);

interface Props {
  meetings: readonly FragmentOf<typeof MeetingRow>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
}

export function MeetingsTable({ meetings, fetching, error, paging }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const rows = meetings?.map((m) => readFragment(MeetingRow, m));
  return (
    <DataTable
      data-testid="meetings-table"
      aria-label={t("meetings.title")}
      rows={rows}
      rowKey={(m) => m.id}
      fetching={fetching}
      error={error}
      paging={paging}
      columns={[
        {
          key: "title",
          header: t("meetings.titleLabel"),
          render: (m) => (
            <Anchor component={Link} to={meetingPath(m.id)} fw={500}>
              {m.title}
            </Anchor>
          ),
        },
        { key: "startsAt", header: t("meetings.startsAt"), render: (m) => formatDateTime(m.startsAt, i18n.language) },
        { key: "where", header: t("meetings.place"), render: (m) => (m.mode === "ONLINE" ? label("MeetingMode", "ONLINE") : (m.place ?? t("none"))) },
        { key: "agenda", header: t("meetings.agendaCount"), render: (m) => t("meetings.topicsCount", { count: m.agenda.length }) },
        { key: "status", header: t("meetings.status"), render: (m) => <StatusBadge kind="MeetingStatus" value={m.status} /> },
      ]}
    />
  );
}
