// The resident side's base documents (sign-in, session). Each page's own documents live in a
// queries*.ts file beside it; queries.test.ts validates every string export of every
// resident/**/queries*.ts against the contract (packages/schema/schema.graphql).
// Mutations select `__typename` and the UserError on their result union: residentRequest throws
// it as a ResidentError of kind "user".

export const USER_ERROR = "... on UserError { code field message }";

export interface ViewerResident {
  id: string;
  name: string;
  community: { id: string; code: string | null; name: string };
}
export const VIEWER = `query ResidentViewer { viewer { kind actingResident { id name community { id code name } } } }`;
export type ViewerData = { viewer: { kind: "ACCOUNT" | "ANONYMOUS" | "API_CLIENT" | "RESIDENT"; actingResident: ViewerResident | null } };

export const SIGN_OUT = `mutation ResidentSignOut($everywhere: Boolean) { signOutResident(everywhere: $everywhere) }`;
export type SignOutData = { signOutResident: boolean };

export const REQUEST_CODE = `mutation ResidentRequestCode($input: RequestResidentCodeInput!) {
  requestResidentCode(input: $input) { __typename ... on MutationRequestResidentCodeSuccess { data { message expiresAt resendAfterSeconds } } ${USER_ERROR} }
}`;
export type RequestCodeData = { requestResidentCode: { data: { message: string; expiresAt: string; resendAfterSeconds: number } } };

export const SIGN_IN = `mutation ResidentSignIn($input: SignInResidentInput!) {
  signInResident(input: $input) { __typename ... on MutationSignInResidentSuccess { data { id name } } ${USER_ERROR} }
}`;
export type SignInData = { signInResident: { data: { id: string; name: string } } };

export const SIGN_IN_CARD = `mutation ResidentSignInCard($token: String!) {
  signInResidentWithCard(token: $token) { __typename ... on MutationSignInResidentWithCardSuccess { data { id name community { code } } } ${USER_ERROR} }
}`;
export type SignInCardData = { signInResidentWithCard: { data: { id: string; name: string; community: { code: string | null } } } };
