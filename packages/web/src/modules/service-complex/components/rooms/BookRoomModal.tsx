// Book a room for a time range on one day. An end before the start is refused here; a clash with
// another booking comes back from the server as CONFLICT under the start time.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { NumberInput, Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { dayKey, dayTimeToIso } from "../../../../lib/dates";
import { useEnumLabel } from "../../enums";
import { useCreateRoomBooking } from "./commands";

export const BookableRoom = graphql(`
  fragment BookableRoom on ServiceRoom {
    id
    name
    kind
    capacity
    bookableByResidents
  }
`);

interface BookRoomModalProps {
  rooms: readonly FragmentOf<typeof BookableRoom>[];
  defaultRoomId: string | null;
  defaultDay?: string;
  onClose: () => void;
}

export function BookRoomModal({ rooms, defaultRoomId, defaultDay, onClose }: BookRoomModalProps) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const list = rooms.map((ref) => readFragment(BookableRoom, ref));
  const form = useForm({
    initialValues: {
      roomId: defaultRoomId ?? list[0]?.id ?? null,
      day: defaultDay ?? dayKey(new Date()),
      startsAt: "14:30",
      endsAt: "16:00",
      purpose: "",
      attendees: "" as number | string,
      bookerName: "",
    },
    validate: {
      roomId: (v) => (v ? null : t("form.required")),
      purpose: (v) => (v.trim() ? null : t("form.required")),
      startsAt: (v, all) => (dayTimeToIso(all.day, v) ? null : t("form.timeInvalid")),
      endsAt: (v, all) => {
        const start = dayTimeToIso(all.day, all.startsAt);
        const end = dayTimeToIso(all.day, v);
        if (!end) return t("form.timeInvalid");
        return start && end <= start ? t("rooms.endBeforeStart") : null;
      },
      attendees: (v, all) => {
        if (v === "" || v == null) return null;
        const cap = list.find((r) => r.id === all.roomId)?.capacity;
        return cap && Number(v) > cap ? t("rooms.overCapacity", { capacity: cap }) : null;
      },
    },
  });
  const [book, booking] = useCreateRoomBooking();
  const submit = form.onSubmit(async (v) => {
    const input = {
      roomId: v.roomId!,
      startsAt: dayTimeToIso(v.day, v.startsAt)!,
      endsAt: dayTimeToIso(v.day, v.endsAt)!,
      purpose: v.purpose.trim(),
      attendees: v.attendees === "" ? null : Number(v.attendees),
      bookerName: orNull(v.bookerName),
    };
    const done = await book({ input }, { form, success: t("rooms.booked") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("rooms.book")} onSubmit={submit} submitting={booking} size="md">
      <Select
        label={t("rooms.room")}
        allowDeselect={false}
        withAsterisk
        data={list.map((r) => ({ value: r.id, label: `${r.name}（${label("ServiceRoomKind", r.kind)} · ${t("rooms.people", { count: r.capacity })}）` }))}
        {...form.getInputProps("roomId")}
      />
      <TextInput type="date" label={t("rooms.day")} withAsterisk {...form.getInputProps("day")} />
      <SimpleGrid cols={2}>
        <TextInput type="time" label={t("rooms.startsAt")} withAsterisk {...form.getInputProps("startsAt")} />
        <TextInput type="time" label={t("rooms.endsAt")} withAsterisk {...form.getInputProps("endsAt")} />
      </SimpleGrid>
      <TextInput label={t("rooms.purpose")} placeholder={t("rooms.purposePlaceholder")} withAsterisk {...form.getInputProps("purpose")} />
      <SimpleGrid cols={2}>
        <NumberInput label={t("rooms.attendees")} min={1} allowDecimal={false} {...form.getInputProps("attendees")} />
        <TextInput label={t("rooms.bookerName")} placeholder={t("rooms.bookerHint")} {...form.getInputProps("bookerName")} />
      </SimpleGrid>
    </FormModal>
  );
}
