// Cancel a booking that has not ended, with an optional reason.
import { graphql } from "@gongzhi/schema";
import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";

const CancelRoomBookingMutation = graphql(
  `
    mutation CancelRoomBooking($id: ID!, $input: CancelRoomBookingInput) {
      cancelRoomBooking(id: $id, input: $input) {
        __typename
        ... on MutationCancelRoomBookingSuccess {
          data {
            id
            status
            allowedSteps
            cancelledAt
            cancelReason
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export function CancelBookingModal({ bookingId, onClose }: { bookingId: string; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const form = useForm({ initialValues: { reason: "" } });
  const [cancel, cancelling] = useCommand(CancelRoomBookingMutation, (d) => d.cancelRoomBooking);
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
