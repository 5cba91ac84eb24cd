// A room booking's one step (cancel), as a pure function: refused once cancelled or over.
export type BookingStep = "CANCEL";

export interface BookingState {
  status: "CONFIRMED" | "CANCELLED";
  endsAt: Date;
}

/** Why the booking cannot be cancelled at `now` (null: it can). */
export function cancelRefusal(b: BookingState, now: Date): string | null {
  if (b.status === "CANCELLED") return "该预约已取消 (already cancelled)";
  if (b.endsAt.getTime() <= now.getTime()) return "已结束的预约不能取消 (the booking is over)";
  return null;
}

/** The steps the booking allows at `now` (RoomBooking.allowedSteps keeps those the viewer may take). */
export const bookingSteps = (b: BookingState, now: Date): BookingStep[] => (cancelRefusal(b, now) === null ? ["CANCEL"] : []);
