// "Only once" for charters (tests/hostile/once.test.ts has the rest): adopting a draft and
// publicizing it, each fired ten times at once, take effect exactly once; the other nine get a typed refusal (CONFLICT, or DUPLICATE for a second notice) and leave
// no second row. On PostgreSQL (CI) the ten requests really run side by side; the decision is made
// inside the transaction after locking the row, so it holds there too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbIdOf, deliberation, dayFrom, type DName } from "../api/deliberation.kit.js";
import { createTestKit, type As, type TestKit } from "../api/testkit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
let w: Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let n = 0;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 0 });
});
afterAll(async () => {
  await kit?.close();
});

/** Fires the command `times` times at once; returns the successes and the refusals' codes. */
async function burst(field: DName, vars: Record<string, unknown>, as: As, times = 10) {
  const results = await Promise.all(Array.from({ length: times }, () => d.m(field, vars, as)));
  const payloads = results.map((r) => {
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data[field] as { __typename: string; code?: string };
  });
  return { ok: payloads.filter((p) => p.__typename !== "UserError"), refused: payloads.filter((p) => p.__typename === "UserError").map((p) => p.code) };
}

describe("only once, under a burst of identical commands", () => {
  it("a charter draft is adopted once, and its adoption publicized once", async () => {
    const draft = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: `章程${n++}`, body: "第一条" } }, w.admin);
    const adopt = await burst("adoptCharter", { id: draft.id, input: { adoptedOn: dayFrom(0) } }, w.admin);
    expect(adopt.ok).toHaveLength(1);
    expect(adopt.refused.every((c) => c === "CONFLICT" || c === "DUPLICATE")).toBe(true);
    const pub = await burst("publishCharter", { input: { charterId: draft.id } }, w.admin);
    expect(pub.ok).toHaveLength(1);
    expect(pub.refused.every((c) => c === "CONFLICT" || c === "DUPLICATE")).toBe(true);
    expect(await kit.prisma.notice.count({ where: { subjectType: "CharterVersion", subjectId: dbIdOf(draft.id) } })).toBe(1);
  });
});
