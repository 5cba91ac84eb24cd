// The queue's window selector: all windows, or one window's queue with its open ticket count.
// The viewer's own windows are marked.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Tabs } from "@mantine/core";
import { IconUserCheck } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export const QueueWindowTab = graphql(`
  fragment QueueWindowTab on ServiceWindow {
    id
    name
    number
    viewerIsClerk
    openTicketCount
  }
`);

export const ALL_WINDOWS = "all";

interface QueueWindowTabsProps {
  windows: readonly FragmentOf<typeof QueueWindowTab>[];
  value: string;
  onChange: (windowId: string) => void;
}

export function QueueWindowTabs({ windows, value, onChange }: QueueWindowTabsProps) {
  const { t } = useTranslation("serviceComplex");
  return (
    <Tabs value={value} onChange={(v) => onChange(v ?? ALL_WINDOWS)} variant="pills" mb="sm">
      <Tabs.List aria-label={t("queue.windows")}>
        <Tabs.Tab value={ALL_WINDOWS}>{t("queue.allWindows")}</Tabs.Tab>
        {windows.map((ref) => {
          const w = readFragment(QueueWindowTab, ref);
          return (
            <Tabs.Tab
              key={w.id}
              value={w.id}
              leftSection={w.viewerIsClerk ? <IconUserCheck size={14} aria-label={t("queue.myWindow")} /> : undefined}
              rightSection={
                w.openTicketCount ? (
                  <Badge size="sm" circle={w.openTicketCount < 10} variant="filled" color={value === w.id ? "dark" : "gray"}>
                    {w.openTicketCount}
                  </Badge>
                ) : undefined
              }
            >
              <Group gap={4} wrap="nowrap">
                {w.number ? `${w.number} · ${w.name}` : w.name}
              </Group>
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
    </Tabs>
  );
}
