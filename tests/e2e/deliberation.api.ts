// The API side of the deliberation journey: what a resident's app does over GraphQL (propose,
// co-sign, object), and the staff session used to set the app up, as any third party would.
import { baseUrl } from "./browser.js";

type Vars = Record<string, unknown>;

export async function gql<T = any>(query: string, variables: Vars = {}, headers: Record<string, string> = {}): Promise<T> {
  const res = await fetch(`${baseUrl()}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join("; "));
  return body.data as T;
}

/** A mutation's Success data, or an error naming the UserError. */
async function command<T = any>(field: string, query: string, variables: Vars, headers: Record<string, string>): Promise<T> {
  const data = await gql<Record<string, { __typename: string; data?: T; message?: string }>>(query, variables, headers);
  const payload = data[field]!;
  if (payload.__typename === "UserError") throw new Error(`${field}: ${payload.message}`);
  return payload.data as T;
}

/** Sign in as a demo account: the session cookie to send. */
export async function sessionCookie(username: string, password = "Gongzhi@2026"): Promise<string> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on UserError { message } } }`,
      variables: { input: { username, password } },
    }),
  });
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith("gz_session="));
  if (!cookie) throw new Error(`no session for ${username}: ${await res.text()}`);
  return cookie.split(";")[0]!;
}

/** A resident app of 直冲村, set up by its admin: its token, and the residents it can act for. */
export async function residentApp(communityName: string, admin: string) {
  const cookie = { cookie: await sessionCookie(admin) };
  const { communities } = await gql(`query($s: String!) { communities(search: $s, first: 5) { edges { node { id name } } } }`, { s: communityName }, cookie);
  const community = communities.edges.map((e: { node: { id: string; name: string } }) => e.node).find((c: { name: string }) => c.name === communityName);
  const registration = await command(
    "registerApiClient",
    `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ... on MutationRegisterApiClientSuccess { data { token } } ... on UserError { message } } }`,
    { input: { name: "村民议事小程序（E2E）", communityIds: [community.id], actions: ["topic:propose", "topic:cosign", "notice:object", "resident:actAs"] } },
    cookie,
  );
  const { residents } = await gql(`query($c: ID!) { residents(communityId: $c, first: 40) { edges { node { id name } } } }`, { c: community.id }, cookie);
  const people: { id: string; name: string }[] = residents.edges.map((e: { node: { id: string; name: string } }) => e.node);
  /** Headers of the app acting for one resident. */
  const as = (resident: { id: string }) => ({ authorization: `Bearer ${registration.token}`, "x-act-as-resident": resident.id });

  return {
    community,
    residents: people,
    cookie,
    proposeTopic: (resident: { id: string }, input: { title: string; description: string; category: string }) =>
      command<{ id: string; status: string; proposerName: string }>(
        "proposeTopic",
        `mutation($input: ProposeTopicInput!) { proposeTopic(input: $input) { __typename ... on MutationProposeTopicSuccess { data { id status proposerName } } ... on UserError { message } } }`,
        { input: { communityId: community.id, ...input } },
        as(resident),
      ),
    cosignTopic: (resident: { id: string }, id: string) =>
      command<{ cosignCount: number; readyForReview: boolean }>(
        "cosignTopic",
        `mutation($id: ID!) { cosignTopic(id: $id) { __typename ... on MutationCosignTopicSuccess { data { cosignCount readyForReview } } ... on UserError { message } } }`,
        { id },
        as(resident),
      ),
    fileObjection: (resident: { id: string }, noticeId: string, text: string) =>
      command<{ id: string; status: string; filerName: string }>(
        "fileObjection",
        `mutation($input: FileObjectionInput!) { fileObjection(input: $input) { __typename ... on MutationFileObjectionSuccess { data { id status filerName } } ... on UserError { message } } }`,
        { input: { noticeId, text, filerContact: "13800001111" } },
        as(resident),
      ),
  };
}

/** The notices publishing a topic's stages, as anyone reads them (no sign-in). */
export async function publicNoticesOf(communityId: string) {
  const { publicNotices } = await gql(`query($c: ID!) { publicNotices(communityId: $c, first: 20) { edges { node { id title stage status finalAt objectionCount } } } }`, { c: communityId });
  return publicNotices.edges.map((e: { node: unknown }) => e.node) as { id: string; title: string; stage: string | null; status: string; finalAt: string | null; objectionCount: number }[];
}

/** The database id inside a global id ("Notice:<uuid>" in base64). */
export const dbId = (gid: string) => Buffer.from(gid, "base64").toString("utf8").split(":")[1]!;
