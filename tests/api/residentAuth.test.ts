// Resident sign-in (issue #14) through yoga.fetch: one-time codes to registered phones (the answer
// never tells whether a number is registered), throttles per phone and per address, wrong, expired
// and used-up codes, printed sign-in cards, and the signed-in resident acting through the existing
// mutations as themselves, limited to their own records, audited as the actor; sign-out everywhere.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { setMessageProvider, type MessageProvider, type OutgoingMessage } from "@gongzhi/api/src/shared/messages/provider.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { dbIdOf, deliberation } from "./deliberation.kit.js";
import { RESIDENT_SIGN_IN } from "./coverage.js";
import { createTestKit, gqlError, mutationDoc, rootFields, success, userError, type As, type GqlResult, type TestKit } from "./testkit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;
let other: World;

/** What the provider was handed, per phone (the test's phone). */
const sent: OutgoingMessage[] = [];
const recording: MessageProvider = {
  name: "development",
  keepsText: true,
  immediate: true,
  send: (m) => {
    sent.push(m);
    return Promise.resolve({ providerMessageId: null });
  },
};

let phoneSeq = 0;
/** A fresh phone number per use (throttles are per phone). */
const newPhone = () => `139${String(Date.now() % 1e4).padStart(4, "0")}${String(phoneSeq++).padStart(4, "0")}`;
/** A fresh client address per call site (throttles are per address). */
let ipSeq = 0;
const newIp = () => `10.14.${Math.floor(ipSeq / 250)}.${(ipSeq++ % 250) + 1}`;

const REQUEST = mutationDoc("requestResidentCode", "$input: RequestResidentCodeInput!", "input: $input", "message expiresAt resendAfterSeconds");
const SIGN_IN = mutationDoc("signInResident", "$input: SignInResidentInput!", "input: $input", "id name community { id } household { id }");
const SIGN_IN_CARD = mutationDoc("signInResidentWithCard", "$token: String!", "token: $token", "id name");
const ISSUE_CARD = mutationDoc("issueResidentSignInCard", "$residentId: ID!", "residentId: $residentId", "token path expiresAt resident { id }");
const SIGN_OUT = "mutation($everywhere: Boolean) { signOutResident(everywhere: $everywhere) }";
const VIEWER = "{ viewer { kind actions actingResident { id name community { id name } household { id address } } } }";

/** A request from `ip` (the server context Fastify gives yoga), with headers. */
async function call<T = any>(query: string, variables: Record<string, unknown>, opts: { ip?: string; as?: As } = {}): Promise<GqlResult<T>> {
  const res = await kit.yoga.fetch(
    "http://test/graphql",
    { method: "POST", headers: { "content-type": "application/json", ...(opts.as?.headers ?? {}) }, body: JSON.stringify({ query, variables }) },
    { req: { ip: opts.ip ?? "unknown" } },
  );
  const body = (await res.json()) as { data?: T; errors?: GqlResult["errors"] };
  return { ...body, status: res.status, headers: res.headers };
}

const requestCode = (community: { gid: string }, phone: string, ip = newIp()) => call(REQUEST, { input: { communityId: community.gid, phone } }, { ip });
const signIn = (community: { gid: string }, phone: string, code: string, ip = newIp()) => call(SIGN_IN, { input: { communityId: community.gid, phone, code } }, { ip });
/** The resident cookie a sign-in set, as request headers. */
function cookieOf(r: GqlResult): As {
  const set = r.headers.get("set-cookie") ?? "";
  const m = /gz_resident=([^;]*)/.exec(set);
  if (!m?.[1]) throw new Error(`no resident cookie in ${set} (${JSON.stringify(r.data)})`);
  return { headers: { cookie: `gz_resident=${m[1]}` } };
}
const lastCodeTo = (phone: string) => [...sent].reverse().find((m) => m.phone === phone)?.params.code;

/** Register `phone` on resident `i` of the world, ask for a code, sign in: the resident's cookie. */
async function signedIn(world: World, i: number): Promise<As & { residentId: string; phone: string }> {
  const phone = newPhone();
  await kit.prisma.resident.update({ where: { id: world.residents[i]!.id }, data: { phone } });
  success(await requestCode(world.community, phone), "requestResidentCode");
  const r = await signIn(world.community, phone, lastCodeTo(phone)!);
  success(r, "signInResident");
  return { ...cookieOf(r), residentId: world.residents[i]!.id, phone };
}

beforeAll(async () => {
  setMessageProvider(recording);
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 3 });
  other = await d.community();
}, 120_000);
afterAll(async () => {
  setMessageProvider(undefined);
  await kit?.close();
});
beforeEach(() => {
  sent.length = 0;
});

describe("coverage", () => {
  it("this suite covers the resident sign-in fields of the schema; anonymous callers reach only the sign-in itself", async () => {
    const fields = await rootFields(kit);
    for (const f of RESIDENT_SIGN_IN.query) expect(fields.query).toContain(f);
    for (const f of RESIDENT_SIGN_IN.mutation) expect(fields.mutation).toContain(f);
    const log = await call(`query($c: ID!) { messageLog(communityId: $c) { edges { node { id } } } }`, { c: w.community.gid });
    expect(gqlError(log)).toMatchObject({ code: "UNAUTHENTICATED" });
    const card = await call(ISSUE_CARD, { residentId: w.residents[0]!.gid });
    expect(gqlError(card)).toMatchObject({ code: "UNAUTHENTICATED" });
    expect(await kit.prisma.residentSignInCard.count()).toBe(0);
    // Signing out without a session only clears the cookie.
    const out = await call(SIGN_OUT, {});
    expect(out.data.signOutResident).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/gz_resident=; /);
  });
});

describe("asking for a code", () => {
  it("a registered number gets a code, logged for the community's staff; an unregistered one the same answer and nothing sent", async () => {
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[2]!.id }, data: { phone } });
    const known = success(await requestCode(w.community, phone), "requestResidentCode");
    const stranger = newPhone();
    const unknown = success(await requestCode(w.community, stranger), "requestResidentCode");
    expect(Object.keys(unknown)).toEqual(Object.keys(known));
    expect(unknown.message).toBe(known.message);
    expect(unknown.resendAfterSeconds).toBe(known.resendAfterSeconds);
    expect(sent.map((m) => m.phone)).toEqual([phone]);
    expect(lastCodeTo(phone)).toMatch(/^\d{6}$/);
    // Only the hash is stored.
    const row = await kit.prisma.residentSignInCode.findFirstOrThrow({ where: { phone }, orderBy: { createdAt: "desc" } });
    expect(row.codeHash).not.toContain(lastCodeTo(phone)!);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(5 * 60_000);

    // The clerk reads the code in the message log (message:read); another community's staff do not.
    const log = await kit.gql(`query($c: ID!) { messageLog(communityId: $c, first: 5) { edges { node { phone body status provider resident { id name } } } } }`, { c: w.community.gid }, w.staff);
    const mine = log.data.messageLog.edges.map((e: any) => e.node);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ status: "SENT", provider: "development", resident: { id: w.residents[2]!.gid } });
    expect(mine[0].body).toContain(lastCodeTo(phone));
    expect(mine[0].phone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
    const foreign = await kit.gql(`query($c: ID!) { messageLog(communityId: $c, first: 5) { edges { node { body } } } }`, { c: w.community.gid }, other.staff);
    expect(foreign.data.messageLog.edges).toEqual([]);
  });

  it("by the community's code too; an unknown community or a malformed number is refused, naming the field", async () => {
    await kit.prisma.community.update({ where: { id: w.community.id }, data: { code: `ZC-${w.community.id.slice(0, 8)}` } });
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[3]!.id }, data: { phone } });
    success(await call(REQUEST, { input: { communityCode: `ZC-${w.community.id.slice(0, 8)}`, phone: `+86 ${phone.slice(0, 3)}-${phone.slice(3)}` } }, { ip: newIp() }), "requestResidentCode");
    expect(sent.map((m) => m.phone)).toEqual([phone]);
    const e1 = userError(await call(REQUEST, { input: { communityCode: "NO-SUCH", phone } }, { ip: newIp() }), "requestResidentCode");
    expect(e1).toMatchObject({ code: "NOT_FOUND", field: "input.communityCode" });
    const e2 = userError(await requestCode(w.community, "12345"), "requestResidentCode");
    expect(e2).toMatchObject({ code: "INVALID", field: "input.phone" });
    expect(e2.message).toContain("11位手机号码");
  });

  it("is throttled per phone: once a minute, five times an hour — registered or not alike", async () => {
    for (const registered of [true, false]) {
      const phone = newPhone();
      if (registered) await kit.prisma.resident.update({ where: { id: w.residents[4]!.id }, data: { phone } });
      success(await requestCode(w.community, phone), "requestResidentCode");
      const again = userError(await requestCode(w.community, phone), "requestResidentCode");
      expect(again).toMatchObject({ code: "RATE_LIMITED", field: "input.phone" });
      expect(again.message).toMatch(/过于频繁，请 \d+ 秒后再试/);
      // Four more, a minute apart (the minute's lock is moved into the past).
      for (let i = 0; i < 4; i++) {
        await kit.prisma.signInThrottle.update({ where: { key: `sms:gap:${phone}` }, data: { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 61_000) } });
        success(await requestCode(w.community, phone), "requestResidentCode");
      }
      await kit.prisma.signInThrottle.update({ where: { key: `sms:gap:${phone}` }, data: { lockedUntil: new Date(Date.now() - 1000), windowStartedAt: new Date(Date.now() - 61_000) } });
      const sixth = userError(await requestCode(w.community, phone), "requestResidentCode");
      expect(sixth.code).toBe("RATE_LIMITED");
      expect(Number(/请 (\d+) 秒/.exec(sixth.message)![1])).toBeGreaterThan(60);
    }
  });

  it("is throttled per client address: 20 requests in 10 minutes", async () => {
    const ip = newIp();
    for (let i = 0; i < 20; i++) success(await requestCode(w.community, newPhone(), ip), "requestResidentCode");
    const e = userError(await requestCode(w.community, newPhone(), ip), "requestResidentCode");
    expect(e).toMatchObject({ code: "RATE_LIMITED", field: "input.phone" });
    // Another address is not held up.
    success(await requestCode(w.community, newPhone(), newIp()), "requestResidentCode");
  });
});

describe("signing in with a code", () => {
  it("signs in once: the resident is the viewer (name, community, household); the code is then used up", async () => {
    const household = await kit.seed.household(w.community.id);
    await kit.prisma.resident.update({ where: { id: w.residents[5]!.id }, data: { householdId: household.id } });
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[5]!.id }, data: { phone } });
    success(await requestCode(w.community, phone), "requestResidentCode");
    const code = lastCodeTo(phone)!;
    const r = await signIn(w.community, phone, code);
    expect(success(r, "signInResident")).toMatchObject({ id: w.residents[5]!.gid, community: { id: w.community.gid }, household: { id: household.gid } });
    expect(r.headers.get("set-cookie")).toMatch(/gz_resident=gzr_[^;]+; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+/);
    const me = await call(VIEWER, {}, { as: cookieOf(r) });
    expect(me.data.viewer).toMatchObject({ kind: "RESIDENT", actingResident: { id: w.residents[5]!.gid, name: "村民6号", community: { id: w.community.gid }, household: { id: household.gid } } });
    expect(me.data.viewer.actions).toContain("notice:object");
    expect(me.data.viewer.actions).not.toContain("resident:read");
    // The audit log names the resident as the actor.
    expect(await kit.prisma.auditEntry.findFirst({ where: { action: "resident:signIn", targetId: w.residents[5]!.id } })).toMatchObject({ actingResidentId: w.residents[5]!.id, actorAccountId: null, apiClientId: null });
    const again = userError(await signIn(w.community, phone, code), "signInResident");
    expect(again).toMatchObject({ code: "UNAUTHENTICATED", field: "input.code" });
  });

  it("a wrong code answers how many tries are left; the sixth try is refused even with the right code", async () => {
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[6]!.id }, data: { phone } });
    success(await requestCode(w.community, phone), "requestResidentCode");
    const code = lastCodeTo(phone)!;
    const wrong = code === "000000" ? "111111" : "000000";
    const messages: string[] = [];
    for (let i = 0; i < 5; i++) {
      const e = userError(await signIn(w.community, phone, wrong), "signInResident");
      expect(e).toMatchObject({ code: "UNAUTHENTICATED", field: "input.code" });
      messages.push(e.message);
    }
    expect(messages[0]).toContain("验证码错误，还可再试 4 次");
    expect(messages[4]).toContain("已失效");
    const sixth = userError(await signIn(w.community, phone, code), "signInResident");
    expect(sixth).toMatchObject({ code: "RATE_LIMITED", field: "input.code" });
    expect(sixth.message).toContain("已输错5次");
    expect(await kit.prisma.residentSession.count({ where: { residentId: w.residents[6]!.id } })).toBe(0);
  });

  it("concurrent guesses are counted before they are checked: 20 at once, 5 checked, the rest refused", async () => {
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[6]!.id }, data: { phone } });
    success(await requestCode(w.community, phone), "requestResidentCode");
    const code = lastCodeTo(phone)!;
    const guesses = Array.from({ length: 20 }, (_, i) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, "0"));
    const answers = await Promise.all(guesses.map((g) => signIn(w.community, phone, g)));
    const codes = answers.map((r) => userError(r, "signInResident").code);
    expect(codes.filter((c) => c === "UNAUTHENTICATED")).toHaveLength(5);
    expect(codes.filter((c) => c === "RATE_LIMITED")).toHaveLength(15);
    expect((await kit.prisma.residentSignInCode.findFirstOrThrow({ where: { phone }, orderBy: { createdAt: "desc" } })).attempts).toBe(5);
    expect(userError(await signIn(w.community, phone, code), "signInResident").code).toBe("RATE_LIMITED");
  });

  it("an unregistered number answers a guess exactly like a registered one", async () => {
    const registered = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[7]!.id }, data: { phone: registered } });
    const stranger = newPhone();
    success(await requestCode(w.community, registered), "requestResidentCode");
    success(await requestCode(w.community, stranger), "requestResidentCode");
    const code = lastCodeTo(registered)!;
    const guess = code === "000000" ? "111111" : "000000";
    const a = userError(await signIn(w.community, registered, guess), "signInResident");
    const b = userError(await signIn(w.community, stranger, guess), "signInResident");
    expect(b).toEqual(a);
    // Never asked for: the same answer for both kinds of number.
    const c = userError(await signIn(other.community, registered, guess), "signInResident");
    const e = userError(await signIn(other.community, newPhone(), guess), "signInResident");
    expect(e).toEqual(c);
  });

  it("an expired code is refused as expired", async () => {
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[8]!.id }, data: { phone } });
    success(await requestCode(w.community, phone), "requestResidentCode");
    await kit.prisma.residentSignInCode.updateMany({ where: { phone }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const e = userError(await signIn(w.community, phone, lastCodeTo(phone)!), "signInResident");
    expect(e).toMatchObject({ code: "UNAUTHENTICATED", field: "input.code" });
    expect(e.message).toContain("验证码已过期");
  });

  it("a code of one community does not sign in to another", async () => {
    const phone = newPhone();
    await kit.prisma.resident.update({ where: { id: w.residents[9]!.id }, data: { phone } });
    await kit.prisma.resident.update({ where: { id: other.residents[9]!.id }, data: { phone } });
    success(await requestCode(w.community, phone), "requestResidentCode");
    const e = userError(await signIn(other.community, phone, lastCodeTo(phone)!), "signInResident");
    expect(e).toMatchObject({ code: "UNAUTHENTICATED", field: "input.code" });
  });
});

describe("the signed-in resident acts through the existing mutations as themselves", () => {
  it("raises an objection, proposes a topic and co-signs another's; the rows and audit name the resident", async () => {
    const me = await signedIn(w, 10);
    const notice = await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "村道修缮预算公示", content: "预算 3 万元。" } }, w.staff);
    const objection = await d.ok("fileObjection", { input: { noticeId: notice.id, text: "预算偏高", filerName: "冒名" } }, me);
    expect(objection.filerName).toBe("村民11号");
    const row = await kit.prisma.noticeObjection.findFirstOrThrow({ where: { id: dbIdOf(objection.id) } });
    expect(row.residentId).toBe(me.residentId);

    const topic = await d.ok("proposeTopic", { input: { communityId: w.community.gid, title: "增设垃圾分类点", description: "村口缺少分类垃圾桶。", category: "ENVIRONMENT" } }, me);
    expect(topic).toMatchObject({ source: "RESIDENT", proposerName: "村民11号" });
    // Three others co-sign it to the threshold, each signed in themselves.
    for (const i of [11, 12, 13]) await d.ok("cosignTopic", { id: topic.id }, await signedIn(w, i));
    const ready = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Topic { readyForReview cosignCount } } }`, { id: topic.id }, w.staff);
    expect(ready.data.node).toEqual({ readyForReview: true, cosignCount: 3 });
    // Co-signing twice, or one's own topic, is refused.
    await d.refused("cosignTopic", { id: topic.id }, me, "CONFLICT", "id");

    const audits = await kit.prisma.auditEntry.findMany({ where: { actingResidentId: me.residentId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(expect.arrayContaining(["resident:signIn", "notice:object", "topic:propose"]));
    for (const a of audits) expect(a).toMatchObject({ actorAccountId: null, apiClientId: null });
  });

  it("is refused staff work, and sees nothing of another resident or another community (NOT_FOUND, empty)", async () => {
    const me = await signedIn(w, 14);
    const neighbour = w.residents[15]!;
    const [mine, theirs] = await Promise.all(
      [me.residentId, neighbour.id].map((residentId) => kit.prisma.pointsAccount.create({ data: { communityId: w.community.id, kind: "PERSON", residentId } })),
    );
    const my = await call(`{ myPointsAccounts { id balance } }`, {}, { as: me });
    expect(my.data.myPointsAccounts.map((a: any) => a.id)).toEqual([toGlobalId("PointsAccount", mine!.id)]);
    const peek = await call(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("PointsAccount", theirs!.id) }, { as: me });
    expect(peek.data.node).toBeNull();
    const entries = await call(`query($a: ID) { pointsEntries(communityId: "${w.community.gid}", accountId: $a, first: 5) { edges { node { id } } } }`, { a: toGlobalId("PointsAccount", theirs!.id) }, { as: me });
    expect(entries.data?.pointsEntries?.edges ?? []).toEqual([]);
    // Residents' records are not theirs to read.
    const person = await call(`query($id: ID!) { node(id: $id) { ... on Resident { name phone } } }`, { id: neighbour.gid }, { as: me });
    expect(person.data.node).toBeNull();

    // Another community's notice: NOT_FOUND, like an unknown id.
    const foreign = await d.ok("publishNotice", { input: { communityId: other.community.gid, title: "别村的公告", content: "c" } }, other.staff);
    await d.refused("fileObjection", { input: { noticeId: foreign.id, text: "异议" } }, me, "NOT_FOUND", "input.noticeId");
    // Staff work: publishing a notice.
    const pub = await d.err("publishNotice", { input: { communityId: w.community.gid, title: "t", content: "c" } }, me);
    expect(pub.code).toBe("FORBIDDEN");
    const messages = await call(`query($c: ID!) { messageLog(communityId: $c, first: 5) { edges { node { id } } } }`, { c: w.community.gid }, { as: me });
    expect(messages.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("printed sign-in cards", () => {
  it("staff print one (audited); it signs in once; a new card voids the old; a resident cannot print one", async () => {
    const resident = w.residents[16]!;
    const first = success(await kit.gql(ISSUE_CARD, { residentId: resident.gid }, w.staff), "issueResidentSignInCard");
    const card = success(await kit.gql(ISSUE_CARD, { residentId: resident.gid }, w.staff), "issueResidentSignInCard");
    expect(card.path).toMatch(new RegExp(`^/c/[^/]+/card/${card.token}$`));
    expect(await kit.prisma.auditEntry.count({ where: { action: "resident:signInCard", communityId: w.community.id } })).toBeGreaterThanOrEqual(2);
    const voided = userError(await call(SIGN_IN_CARD, { token: first.token }, { ip: newIp() }), "signInResidentWithCard");
    expect(voided).toMatchObject({ code: "UNAUTHENTICATED", field: "token" });
    const r = await call(SIGN_IN_CARD, { token: card.token }, { ip: newIp() });
    expect(success(r, "signInResidentWithCard")).toMatchObject({ id: resident.gid });
    expect((await call(VIEWER, {}, { as: cookieOf(r) })).data.viewer.kind).toBe("RESIDENT");
    const twice = userError(await call(SIGN_IN_CARD, { token: card.token }, { ip: newIp() }), "signInResidentWithCard");
    expect(twice.message).toContain("登录卡无效或已使用");
    // Another community's staff: NOT_FOUND; a resident: not an account.
    const foreign = userError(await kit.gql(ISSUE_CARD, { residentId: resident.gid }, other.staff), "issueResidentSignInCard");
    expect(foreign).toMatchObject({ code: "NOT_FOUND", field: "residentId" });
    const byResident = await call(ISSUE_CARD, { residentId: resident.gid }, { as: cookieOf(r) });
    expect(["UNAUTHENTICATED", "FORBIDDEN"]).toContain(gqlError(byResident).code);
    expect(await kit.prisma.residentSignInCard.count({ where: { residentId: resident.id } })).toBe(2);
  });

  it("an expired card is refused as expired", async () => {
    const resident = w.residents[1]!;
    const card = success(await kit.gql(ISSUE_CARD, { residentId: resident.gid }, w.admin), "issueResidentSignInCard");
    await kit.prisma.residentSignInCard.updateMany({ where: { residentId: resident.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const e = userError(await call(SIGN_IN_CARD, { token: card.token }, { ip: newIp() }), "signInResidentWithCard");
    expect(e.message).toContain("登录卡已过期");
  });
});

describe("signing out", () => {
  it("ends this session, or every session of the resident everywhere", async () => {
    const phone = newPhone();
    const resident = w.residents[0]!;
    await kit.prisma.resident.update({ where: { id: resident.id }, data: { phone } });
    const sessions: As[] = [];
    for (let i = 0; i < 3; i++) {
      await kit.prisma.signInThrottle.deleteMany({ where: { key: `sms:gap:${phone}` } });
      success(await requestCode(w.community, phone), "requestResidentCode");
      const r = await signIn(w.community, phone, lastCodeTo(phone)!);
      success(r, "signInResident");
      sessions.push(cookieOf(r));
    }
    const out = await call(SIGN_OUT, {}, { as: sessions[0] });
    expect(out.data.signOutResident).toBe(true);
    expect(out.headers.get("set-cookie")).toMatch(/gz_resident=; .*Max-Age=0/);
    expect((await call(VIEWER, {}, { as: sessions[0] })).data.viewer.kind).toBe("ANONYMOUS");
    expect((await call(VIEWER, {}, { as: sessions[1] })).data.viewer.kind).toBe("RESIDENT");
    expect((await call(SIGN_OUT, { everywhere: true }, { as: sessions[1] })).data.signOutResident).toBe(true);
    for (const s of sessions) expect((await call(VIEWER, {}, { as: s })).data.viewer.kind).toBe("ANONYMOUS");
    expect(await kit.prisma.residentSession.count({ where: { residentId: resident.id } })).toBe(0);
    expect(await kit.prisma.auditEntry.findFirst({ where: { action: "resident:signOut", actingResidentId: resident.id }, orderBy: { id: "desc" } })).toMatchObject({ after: { everywhere: true, sessions: 2 } });
  });

  it("a resident cookie never stands for a staff session, nor a staff cookie for a resident", async () => {
    const me = await signedIn(w, 2);
    const token = /gz_resident=([^;]*)/.exec(me.headers.cookie!)![1]!;
    expect((await call(VIEWER, {}, { as: { headers: { cookie: `gz_session=${token}` } } })).data.viewer.kind).toBe("ANONYMOUS");
    const staffToken = /gz_session=([^;]*)/.exec(w.staff.headers.cookie!)![1]!;
    expect((await call(VIEWER, {}, { as: { headers: { cookie: `gz_resident=${staffToken}` } } })).data.viewer.kind).toBe("ANONYMOUS");
  });
});


