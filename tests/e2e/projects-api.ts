// The API side of the projects journey, as third parties do it over GraphQL: a residents' app of
// 江翠社区 (registered by its admin) answers the satisfaction survey acting for residents, and
// anyone without signing in reads the transparency feed and the photos it links.
import { deflateSync } from "node:zlib";
import { baseUrl } from "./browser.js";
import { communityId, gql, signInCookie, success } from "./service-api.js";

type Headers = Record<string, string>;

/** The actions a residents' app needs to ask for projects (群众点菜) and answer project surveys. */
const SURVEY_APP_ACTIONS = ["project:read", "project:request", "project:evaluate", "resident:actAs"];

export interface Resident {
  id: string;
  name: string;
}

/** The community's admin session, the community, and `count` of its residents. */
export async function projectsSetup(admin: string, community: string, count: number) {
  const headers = await signInCookie(admin);
  const id = await communityId(headers, community);
  const r = await gql<{ residents: { edges: { node: Resident }[] } }>(`query($c: ID!, $n: Int) { residents(communityId: $c, first: $n) { edges { node { id name } } } }`, { c: id, n: count }, headers);
  return { admin: headers, communityId: id, residents: r.data.residents.edges.map((e) => e.node) };
}

/** Registers a residents' app for the community; `actingFor(resident)` gives its headers acting for one. */
export async function surveyApp(admin: Headers, community: string) {
  const reg = await gql(
    `mutation($input: RegisterApiClientInput!) { registerApiClient(input: $input) { __typename ... on MutationRegisterApiClientSuccess { data { token } } ... on UserError { code message } } }`,
    { input: { name: `居民小程序 项目评价 e2e ${Date.now()}`, communityIds: [community], actions: SURVEY_APP_ACTIONS } },
    admin,
  );
  const { token } = success<{ token: string }>(reg.data, "registerApiClient");
  const actingFor = (resident: Resident): Headers => ({ authorization: `Bearer ${token}`, "x-act-as-resident": resident.id });
  return {
    /** 群众点菜: the resident asks for a project of the community's type `typeName`. */
    async request(resident: Resident, typeName: string, title: string, requestText: string) {
      const types = await gql<{ projectTypes: { edges: { node: { id: string; name: string } }[] } }>(
        `query($c: ID!) { projectTypes(communityId: $c, first: 50) { edges { node { id name } } } }`,
        { c: community },
        actingFor(resident),
      );
      const type = types.data.projectTypes.edges.find((e) => e.node.name === typeName);
      if (!type) throw new Error(`project type ${typeName} not found`);
      const r = await gql(
        `mutation($input: RequestProjectInput!) { requestProject(input: $input) { __typename ... on MutationRequestProjectSuccess { data { id status origin requestText } } ... on UserError { code field message } } }`,
        { input: { communityId: community, typeId: type.node.id, title, requestText } },
        actingFor(resident),
      );
      return success<{ id: string; status: string; origin: string; requestText: string }>(r.data, "requestProject");
    },
    /** The resident's satisfaction answer (1–5), once per resident. */
    async answer(resident: Resident, projectId: string, score: number, comment: string) {
      const r = await gql(
        `mutation($input: AnswerProjectSurveyInput!) { answerProjectSurvey(input: $input) { __typename ... on MutationAnswerProjectSurveySuccess { data { id score residentName throughApp } } ... on UserError { code field message } } }`,
        { input: { projectId, score, comment } },
        actingFor(resident),
      );
      return r.data.answerProjectSurvey as { __typename: string; data?: { score: number; residentName: string; throughApp: boolean }; code?: string; message?: string };
    },
  };
}

export interface PublicProject {
  id: string;
  title: string;
  status: string;
  typeName: string;
  origin: string;
  percentComplete: number;
  committeeScore: number | null;
  committeeComment: string | null;
  completionSummary: string | null;
  budget: { budgetFen: number; spentFen: number; overspent: boolean };
  satisfaction: { averageScore: number | null; responseCount: number };
  sponsors: { sponsorName: string; status: string; receivedFen: number | null }[];
  expenses: { amountFen: number; payee: string; isReversal: boolean }[];
  updates: { text: string; percentComplete: number; photos: { url: string; mimeType: string }[] }[];
  timeline: { kind: string; toStatus: string; summary: string }[];
  beneficiaryTotal: number;
}

/** The transparency feed of a community, read without signing in. */
export async function publicFeed(community: string, search: string) {
  const r = await gql<{ publicProjects: { totalCount: number; edges: { node: PublicProject }[] } }>(
    `query($c: ID, $s: String) { publicProjects(communityId: $c, search: $s, first: 10) { totalCount edges { node {
      id title status typeName origin percentComplete committeeScore committeeComment completionSummary beneficiaryTotal
      budget { budgetFen spentFen overspent }
      satisfaction { averageScore responseCount }
      sponsors { sponsorName status receivedFen }
      expenses { amountFen payee isReversal }
      updates { text percentComplete photos { url mimeType } }
      timeline { kind toStatus summary }
    } } } }`,
    { c: community, s: search },
  );
  return r.data.publicProjects;
}

/** GET a file of the feed without a session. */
export async function fetchPublic(url: string) {
  const res = await fetch(new URL(url, baseUrl()));
  return { status: res.status, type: res.headers.get("content-type"), size: (await res.arrayBuffer()).byteLength };
}

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Uint8Array) => {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, "ascii");
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A small generated PNG: a sky-blue field with a green strip (a "photo" of the site). */
export function sitePhoto(width = 240, height = 160): Buffer {
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    const rgb = y > height * 0.65 ? [70, 150, 80] : [135, 190, 235];
    for (let x = 0; x < width; x++) raw.set(rgb, row + 1 + x * 3);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 2;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", ihdr), chunk("IDAT", deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}
