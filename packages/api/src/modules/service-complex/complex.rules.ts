// Rooms and windows of the complex: their only state is `active` (停用: no bookings, no tickets
// routed), changed by updateServiceRoom and updateServiceWindow (either value), with service:manage.
// A window's clerks are set (setServiceWindowClerks) in either state, with service:manage.
import { toggleStepRules } from "../../shared/steps.js";

export const ROOM_STEPS = toggleStepRules("service:manage");
export const WINDOW_STEPS = { ...toggleStepRules("service:manage"), SET_CLERKS: { action: "service:manage", allows: () => true } } as const;
