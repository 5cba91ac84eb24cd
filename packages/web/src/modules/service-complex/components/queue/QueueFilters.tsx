// The queue's filters: search, 我的, the deadline (即将到期 / 已超期), status and channel.
import { Chip, Group, SegmentedControl, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../../../ui/SearchInput";
import { CHANNELS, isOneOf, TICKET_STATUSES, useEnumOptions, type Channel, type TicketStatus } from "../../enums";

export type DueFilter = "all" | "dueSoon" | "overdue";
/** OPEN: every ticket not closed yet; ALL: any; else one status. */
export type StatusFilter = "OPEN" | "ALL" | TicketStatus;

export interface QueueFilterValues {
  search: string;
  mine: boolean;
  due: DueFilter;
  status: StatusFilter;
  channel: Channel | null;
}

export const DEFAULT_QUEUE_FILTERS: QueueFilterValues = { search: "", mine: false, due: "all", status: "OPEN", channel: null };

/** The serviceTickets arguments of the filters. */
export function queueVariables(f: QueueFilterValues) {
  return {
    search: f.search || null,
    mine: f.mine || null,
    dueSoon: f.due === "dueSoon" || null,
    overdue: f.due === "overdue" || null,
    open: f.status === "OPEN" || null,
    statuses: isOneOf(TICKET_STATUSES, f.status) ? [f.status] : null,
    channel: f.channel,
  };
}

interface QueueFiltersProps {
  value: QueueFilterValues;
  onChange: (next: (current: QueueFilterValues) => QueueFilterValues) => void;
  onSearch: (search: string) => void;
}

export function QueueFilters({ value, onChange, onSearch }: QueueFiltersProps) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  return (
    <Group mb="sm" gap="sm">
      <SearchInput placeholder={t("queue.searchPlaceholder")} onSearch={onSearch} />
      <Chip checked={value.mine} onChange={(mine) => onChange((f) => ({ ...f, mine }))} variant="light">
        {t("queue.mine")}
      </Chip>
      <SegmentedControl
        aria-label={t("queue.dueFilter")}
        value={value.due}
        onChange={(v) => onChange((f) => ({ ...f, due: v as DueFilter }))}
        data={[
          { value: "all", label: t("queue.dueAll") },
          { value: "dueSoon", label: t("queue.dueSoon") },
          { value: "overdue", label: t("queue.overdue") },
        ]}
      />
      <Select
        aria-label={t("queue.statusFilter")}
        w={150}
        allowDeselect={false}
        value={value.status}
        onChange={(v) => v && onChange((f) => ({ ...f, status: v as StatusFilter }))}
        data={[{ value: "OPEN", label: t("queue.statusOpen") }, { value: "ALL", label: t("queue.statusAll") }, ...options("ServiceTicketStatus", TICKET_STATUSES)]}
      />
      <Select
        aria-label={t("queue.channelFilter")}
        placeholder={t("queue.channelFilter")}
        w={130}
        clearable
        value={value.channel}
        onChange={(v) => onChange((f) => ({ ...f, channel: isOneOf(CHANNELS, v) ? v : null }))}
        data={options("ServiceTicketChannel", CHANNELS)}
      />
    </Group>
  );
}
