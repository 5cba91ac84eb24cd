// Cancel a booking that has not ended, with an optional reason.
import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useCancelRoomBooking } from "./commands";

export function CancelBookingModal({ bookingId, onClose }: { bookingId: string; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const form = useForm({ initialValues: { reason: "" } });
  const [cancel, cancelling] = useCancelRoomBooking();
  const submit = form.onSubmit(async (v) => {
    const done = await cancel({ id: bookingId, input: { reason: orNull(v.reason) } }, { form, success: t("rooms.cancelled") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("rooms.cancelTitle")} onSubmit={submit} submitting={cancelling} submitLabel={t("rooms.cancelConfirm")} size="sm">
      <TextInput label={t("rooms.cancelReason")} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
