// 会议室: the complex's rooms and a week of their bookings; book a room, cancel a booking.
import { graphql, readFragment } from "@gongzhi/schema";
import { Button, Group, Select, Text } from "@mantine/core";
import { IconChevronLeft, IconChevronRight, IconPlus } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { NoComplex } from "../components/NoComplex";
import { BookableRoom, BookRoomModal } from "../components/rooms/BookRoomModal";
import { CancelBookingModal } from "../components/rooms/CancelBookingModal";
import { CalendarBooking, WeekCalendar } from "../components/rooms/WeekCalendar";
import { addDays, startOfWeek } from "../../../lib/dates";

const RoomsQuery = graphql(
  `
    query ServiceRooms($communityId: ID!) {
      serviceComplex(communityId: $communityId) {
        id
        name
        rooms {
          id
          ...BookableRoom
        }
      }
    }
  `,
  [BookableRoom],
);

export const RoomBookingsQuery = graphql(
  `
    query RoomBookings($communityId: ID!, $roomId: ID, $from: DateTime!, $to: DateTime!) {
      roomBookings(communityId: $communityId, roomId: $roomId, from: $from, to: $to, first: 100) {
        totalCount
        edges {
          node {
            id
            ...CalendarBooking
          }
        }
      }
    }
  `,
  [CalendarBooking],
);

export function RoomsPage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const [weekStart, setWeekStart] = useState(() => startOfWeek(new Date()));
  const [roomId, setRoomId] = useState<string | null>(null);
  const [booking, setBooking] = useState(false);
  const [cancelling, setCancelling] = useState<string | null>(null);
  const [{ data: roomsData, error: roomsError }] = useQuery({ query: RoomsQuery, variables: { communityId } });
  const range = useMemo(() => ({ from: weekStart.toISOString(), to: addDays(weekStart, 7).toISOString() }), [weekStart]);
  const [{ data, error }] = useQuery({ query: RoomBookingsQuery, variables: { communityId, roomId, ...range }, requestPolicy: "cache-and-network" });
  const complex = roomsData?.serviceComplex;
  const rooms = complex?.rooms ?? [];
  const canBook = can("room:book");
  const fmt = new Intl.DateTimeFormat(i18n.language, { year: "numeric", month: "long", day: "numeric" });

  return (
    <>
      <PageHeader
        title={t("rooms.title")}
        description={complex?.name}
        actions={
          canBook &&
          rooms.length > 0 && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setBooking(true)}>
              {t("rooms.book")}
            </Button>
          )
        }
      />
      <QueryError error={roomsError ?? error} />
      {roomsData && !complex && <NoComplex />}
      <Group mb="sm" justify="space-between">
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconChevronLeft size={14} />} onClick={() => setWeekStart((w) => addDays(w, -7))}>
            {t("rooms.previousWeek")}
          </Button>
          <Button variant="default" size="xs" onClick={() => setWeekStart(startOfWeek(new Date()))}>
            {t("rooms.thisWeek")}
          </Button>
          <Button variant="default" size="xs" rightSection={<IconChevronRight size={14} />} onClick={() => setWeekStart((w) => addDays(w, 7))}>
            {t("rooms.nextWeek")}
          </Button>
          <Text fw={600} ml="sm">
            {fmt.format(weekStart)} – {fmt.format(addDays(weekStart, 6))}
          </Text>
        </Group>
        <Select
          aria-label={t("rooms.room")}
          placeholder={t("rooms.allRooms")}
          clearable
          w={220}
          value={roomId}
          onChange={setRoomId}
          data={rooms.map((ref) => {
            const r = readFragment(BookableRoom, ref);
            return { value: r.id, label: r.name };
          })}
        />
      </Group>
      <WeekCalendar weekStart={weekStart} bookings={data?.roomBookings.edges.map((e) => e.node) ?? []} onCancel={canBook ? setCancelling : undefined} />
      {booking && <BookRoomModal rooms={rooms} defaultRoomId={roomId} onClose={() => setBooking(false)} />}
      {cancelling && <CancelBookingModal bookingId={cancelling} onClose={() => setCancelling(null)} />}
    </>
  );
}
