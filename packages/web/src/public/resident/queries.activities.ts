// 志愿活动 for the signed-in resident: open activities with their own sign-up, sign-up (registering
// as a volunteer first when needed), cancelling a place or a wait, and 扫码签到/签退 by the code in
// the QR's URL.
import { USER_ERROR } from "./queries";

export type SignUpStatus = "CONFIRMED" | "WAITLISTED" | "CANCELLED";
export type HoursStatus = "NONE" | "PENDING" | "APPROVED" | "REJECTED";
export interface MySignUp {
  id: string;
  status: SignUpStatus;
  waitlistPosition: number | null;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  hoursStatus: HoursStatus;
  minutes: number | null;
  verifiedMinutes: number | null;
  pointsAwarded: number | null;
  allowedSteps: string[];
}
const SIGN_UP_FIELDS = "id status waitlistPosition checkedInAt checkedOutAt hoursStatus minutes verifiedMinutes pointsAwarded allowedSteps";

export interface OpenActivity {
  id: string;
  title: string;
  place: string;
  startsAt: string;
  endsAt: string;
  phase: "UPCOMING" | "ONGOING" | "ENDED";
  capacity: number;
  confirmedCount: number;
  placesLeft: number;
  waitlistCount: number;
  requiredSkills: string[];
  description: string | null;
  allowedSteps: string[];
  community: { id: string };
  team: { name: string } | null;
  mySignUp: MySignUp | null;
}
const ACTIVITY_FIELDS = `id title place startsAt endsAt phase capacity confirmedCount placesLeft waitlistCount requiredSkills description allowedSteps community { id } team { name } mySignUp { ${SIGN_UP_FIELDS} }`;

export const OPEN_ACTIVITIES = `query ResidentOpenActivities {
  openVolunteerActivities(first: 50) { edges { node { ${ACTIVITY_FIELDS} } } }
  myVolunteerRegistrations { id active community { id } }
}`;
export type OpenActivitiesData = {
  openVolunteerActivities: { edges: { node: OpenActivity }[] };
  myVolunteerRegistrations: { id: string; active: boolean; community: { id: string } }[];
};

export interface MySignUpWithActivity extends MySignUp {
  activity: { id: string; title: string; place: string; startsAt: string; endsAt: string; community: { id: string } };
}
const SIGN_UP_WITH_ACTIVITY = `${SIGN_UP_FIELDS} activity { id title place startsAt endsAt community { id } }`;
/** My sign-ups, newest first: the service record (hours and points) and the check-in page's candidates. */
export const MY_SIGN_UPS = `query ResidentSignUps($after: String) {
  myVolunteerSignUps(first: 20, after: $after) { pageInfo { hasNextPage endCursor } edges { node { ${SIGN_UP_WITH_ACTIVITY} } } }
}`;
/** My sign-up for the activity whose QR code was scanned (none: I did not sign up for it). */
export const MY_SIGN_UP_FOR_CODE = `query ResidentSignUpForCode($checkInCode: String!) {
  myVolunteerSignUps(first: 1, checkInCode: $checkInCode) { edges { node { ${SIGN_UP_WITH_ACTIVITY} } } }
}`;
export type MySignUpForCodeData = { myVolunteerSignUps: { edges: { node: MySignUpWithActivity }[] } };
export type MySignUpsData = { myVolunteerSignUps: { pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: { node: MySignUpWithActivity }[] } };

export const REGISTER_VOLUNTEER = `mutation ResidentRegisterVolunteer($input: RegisterVolunteerInput!) {
  registerVolunteer(input: $input) { __typename ... on MutationRegisterVolunteerSuccess { data { id } } ${USER_ERROR} }
}`;
export type RegisterVolunteerData = { registerVolunteer: { data: { id: string } } };

export const SIGN_UP = `mutation ResidentSignUp($input: SignUpForVolunteerActivityInput!) {
  signUpForVolunteerActivity(input: $input) { __typename ... on MutationSignUpForVolunteerActivitySuccess { data { ${SIGN_UP_FIELDS} } } ${USER_ERROR} }
}`;
export type SignUpData = { signUpForVolunteerActivity: { data: MySignUp } };

export const CANCEL_SIGN_UP = `mutation ResidentCancelSignUp($id: ID!) {
  cancelVolunteerSignUp(id: $id) { __typename ... on MutationCancelVolunteerSignUpSuccess { data { ${SIGN_UP_FIELDS} } } ${USER_ERROR} }
}`;
export type CancelSignUpData = { cancelVolunteerSignUp: { data: MySignUp } };

export const CHECK_IN = `mutation ResidentCheckIn($input: VolunteerCheckCodeInput!) {
  checkInToVolunteerActivity(input: $input) { __typename ... on MutationCheckInToVolunteerActivitySuccess { data { ${SIGN_UP_WITH_ACTIVITY} } } ${USER_ERROR} }
}`;
export type CheckInData = { checkInToVolunteerActivity: { data: MySignUpWithActivity } };

export const CHECK_OUT = `mutation ResidentCheckOut($input: VolunteerCheckCodeInput!) {
  checkOutOfVolunteerActivity(input: $input) { __typename ... on MutationCheckOutOfVolunteerActivitySuccess { data { ${SIGN_UP_WITH_ACTIVITY} } } ${USER_ERROR} }
}`;
export type CheckOutData = { checkOutOfVolunteerActivity: { data: MySignUpWithActivity } };

/** My places and waits for activities not yet ended (the public activities section's 我的报名). */
export const MY_UPCOMING = `query ResidentUpcoming { myVolunteerSignUps(first: 20, upcoming: true) { edges { node { ${SIGN_UP_WITH_ACTIVITY} } } } }`;
export type MyUpcomingData = { myVolunteerSignUps: { edges: { node: MySignUpWithActivity }[] } };
