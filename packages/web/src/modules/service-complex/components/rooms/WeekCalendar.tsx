// The room calendar's week: one column per day (Monday first), the day's bookings in time order.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Card, Group, Paper, ScrollArea, SimpleGrid, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { addDays, dayKey, timeOf } from "../../../../lib/dates";

export const CalendarBooking = graphql(`
  fragment CalendarBooking on RoomBooking {
    id
    startsAt
    endsAt
    purpose
    bookerName
    attendees
    byResident
    status
    allowedSteps
    room {
      id
      name
    }
  }
`);

type Booking = FragmentOf<typeof CalendarBooking>;

interface WeekCalendarProps {
  weekStart: Date;
  bookings: readonly Booking[];
  onCancel?: (bookingId: string) => void;
}

export function WeekCalendar({ weekStart, bookings, onCancel }: WeekCalendarProps) {
  const { t, i18n } = useTranslation("serviceComplex");
  const days = Array.from({ length: 7 }, (_, i) => addDays(weekStart, i));
  const today = dayKey(new Date());
  const byDay = new Map<string, ResultOf<typeof CalendarBooking>[]>();
  for (const ref of bookings) {
    const b = readFragment(CalendarBooking, ref);
    const key = dayKey(new Date(b.startsAt));
    byDay.set(key, [...(byDay.get(key) ?? []), b]);
  }
  const dayLabel = new Intl.DateTimeFormat(i18n.language, { weekday: "short", month: "numeric", day: "numeric" });
  return (
    <ScrollArea>
      <SimpleGrid cols={7} spacing="xs" miw={980} data-testid="week-calendar">
        {days.map((d) => {
          const key = dayKey(d);
          const list = (byDay.get(key) ?? []).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
          return (
            <Paper key={key} withBorder p="xs" bg={key === today ? "blue.0" : undefined} mih={260} aria-label={dayLabel.format(d)}>
              <Text fw={600} size="sm" mb="xs" c={key === today ? "blue.8" : undefined}>
                {dayLabel.format(d)}
              </Text>
              <Stack gap={6}>
                {list.length === 0 && (
                  <Text size="xs" c="dimmed">
                    {t("rooms.free")}
                  </Text>
                )}
                {list.map((b) => {
                  const ended = new Date(b.endsAt).getTime() <= Date.now();
                  return (
                    <Card key={b.id} withBorder padding={6} radius="sm" bg={ended ? "gray.0" : "white"} data-testid="booking">
                      <Text size="xs" fw={700}>
                        {timeOf(new Date(b.startsAt))}–{timeOf(new Date(b.endsAt))}
                      </Text>
                      <Text size="xs" fw={500}>
                        {b.room.name}
                      </Text>
                      <Text size="xs">{b.purpose ?? t("none")}</Text>
                      <Group gap={4} mt={2}>
                        <Text size="xs" c="dimmed">
                          {b.bookerName ?? t("none")}
                          {b.attendees ? ` · ${t("rooms.people", { count: b.attendees })}` : ""}
                        </Text>
                        {b.byResident && (
                          <Badge size="xs" variant="light" color="violet">
                            {t("rooms.byResident")}
                          </Badge>
                        )}
                      </Group>
                      {onCancel && b.allowedSteps.includes("CANCEL") && (
                        <Button size="compact-xs" variant="subtle" color="red" mt={2} onClick={() => onCancel(b.id)}>
                          {t("rooms.cancel")}
                        </Button>
                      )}
                    </Card>
                  );
                })}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
    </ScrollArea>
  );
}
