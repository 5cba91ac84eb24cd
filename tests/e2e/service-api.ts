// The resident's side of the service-complex journey, over GraphQL as a residents' app does it:
// an admin signs in (session cookie) and registers an API client for the community; the client
// then acts for one resident (Authorization: Bearer + X-Act-As-Resident).
import { baseUrl } from "./browser.js";

type Vars = Record<string, unknown>;
type Headers = Record<string, string>;

/** One GraphQL request; throws on errors (a test helper, not a client). */
export async function gql<T = any>(query: string, variables: Vars = {}, headers: Headers = {}): Promise<{ data: T; setCookie: string | null }> {
  const res = await fetch(`${baseUrl()}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return { data: body.data as T, setCookie: res.headers.get("set-cookie") };
}

/** The payload of a mutation field, which must be its Success type. */
export function success<T = any>(data: Record<string, any>, field: string): T {
  const payload = data[field];
  if (!payload || payload.__typename === "UserError") throw new Error(`${field}: ${JSON.stringify(payload)}`);
  return payload.data as T;
}

export async function signInCookie(username: string, password = "Gongzhi@2026"): Promise<Headers> {
  const r = await gql(
    `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on MutationSignInSuccess { data { id } } ... on UserError { message } } }`,
    { input: { username, password } },
  );
  success(r.data, "signIn");
  const cookie = r.setCookie?.split(";")[0];
  if (!cookie) throw new Error("no session cookie");
  return { cookie };
}

/** The actions a residents' app needs (tests/api/service-kit.ts CLIENT_ACTIONS). */
export const CLIENT_ACTIONS = ["service:read", "ticket:read", "ticket:create", "ticket:rate", "room:book", "resident:actAs"];

export async function communityId(admin: Headers, name: string): Promise<string> {
  const r = await gql<{ communities: { edges: { node: { id: string; name: string } }[] } }>(
    `query($s: String) { communities(search: $s, first: 5) { edges { node { id name } } } }`,
    { s: name },
    admin,
  );
  const c = r.data.communities.edges.find((e) => e.node.name === name);
  if (!c) throw new Error(`community ${name} not found`);
  return c.node.id;
}

/** Registers an app for the community and returns headers acting for its first adult resident. */
export async function residentApp(admin: Headers, community: string) {
  const reg = await gql(
    `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ... on MutationRegisterApiClientSuccess { data { token } } ... on UserError { code message } } }`,
    { input: { name: `居民小程序 e2e ${Date.now()}`, communityIds: [community], actions: CLIENT_ACTIONS } },
    admin,
  );
  const { token } = success<{ token: string }>(reg.data, "registerApiClient");
  const residents = await gql<{ residents: { edges: { node: { id: string; name: string } }[] } }>(
    `query($c: ID!) { residents(communityId: $c, first: 1) { edges { node { id name } } } }`,
    { c: community },
    admin,
  );
  const resident = residents.data.residents.edges[0]!.node;
  return { resident, headers: { authorization: `Bearer ${token}`, "x-act-as-resident": resident.id } };
}

const TICKET = "id number status itemName rating allowedSteps";

export async function catalogItem(app: Headers, community: string, name: string) {
  const r = await gql<{ serviceCatalog: { edges: { node: { id: string; name: string; materials: string[] } }[] } }>(
    `query($c: ID!, $s: String) { serviceCatalog(communityId: $c, search: $s, onlineAllowed: true, first: 5) { edges { node { id name materials } } } }`,
    { c: community, s: name },
    app,
  );
  const item = r.data.serviceCatalog.edges.find((e) => e.node.name === name);
  if (!item) throw new Error(`item ${name} not found`);
  return item.node;
}

export async function submitTicket(app: Headers, itemId: string, content: string) {
  const r = await gql(
    `mutation($input: CreateServiceTicketInput!) { createServiceTicket(input: $input) { __typename ... on MutationCreateServiceTicketSuccess { data { ${TICKET} channel } } ... on UserError { code field message } } }`,
    { input: { itemId, content } },
    app,
  );
  return success<{ id: string; number: string; status: string; channel: string }>(r.data, "createServiceTicket");
}

export async function resubmit(app: Headers, id: string, note: string) {
  const r = await gql(
    `mutation($id: ID!, $input: ServiceTicketNoteInput) { resubmitServiceTicket(id: $id, input: $input) { __typename ... on MutationResubmitServiceTicketSuccess { data { ${TICKET} } } ... on UserError { code field message } } }`,
    { id, input: { note } },
    app,
  );
  return success<{ status: string }>(r.data, "resubmitServiceTicket");
}

export async function rate(app: Headers, id: string, rating: number, comment: string) {
  const r = await gql(
    `mutation($id: ID!, $input: RateServiceTicketInput!) { rateServiceTicket(id: $id, input: $input) { __typename ... on MutationRateServiceTicketSuccess { data { ${TICKET} } } ... on UserError { code field message } } }`,
    { id, input: { rating, comment } },
    app,
  );
  return success<{ rating: number }>(r.data, "rateServiceTicket");
}

export async function monthlyReport(viewer: Headers, nodeId: string, month: string) {
  const r = await gql<{ serviceReport: { submitted: number; closed: number; ratingCount: number; averageRating: number | null; byItem: { itemName: string; submitted: number }[] } }>(
    `query($n: ID!, $m: String!) { serviceReport(nodeId: $n, month: $m) { submitted closed ratingCount averageRating byItem { itemName submitted } } }`,
    { n: nodeId, m: month },
    viewer,
  );
  return r.data.serviceReport;
}
