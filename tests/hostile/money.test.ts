// Money range, as a hostile or careless client tries it: amounts beyond 32 bits (¥25,000,000 and
// ¥10,000,000,000) round-trip to the fen and add up exactly; negative, too large, fractional and
// string amounts are refused as INVALID naming the field, and change nothing; capacities and stock
// that are negative or huge are refused naming the field too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectsKit, type ProjectsKit, type ProjectsWorld } from "../api/projects-kit.js";
import { createTestKit, gqlError, type TestKit } from "../api/testkit.js";
import { volunteering, type VolunteerWorld, type VolunteeringKit } from "../api/volunteering-kit.js";

const YUAN = 100;
const TWENTY_FIVE_MILLION = 25_000_000 * YUAN; // 2,500,000,000 fen: beyond a 32-bit Int
const TEN_BILLION = 10_000_000_000 * YUAN; // 1,000,000,000,000 fen: the most one amount may be

describe("money amounts", () => {
  let kit: TestKit;
  let pk: ProjectsKit;
  let w: ProjectsWorld;
  beforeAll(async () => {
    kit = await createTestKit();
    pk = projectsKit(kit);
    w = await pk.world();
  });
  afterAll(async () => {
    await kit?.close();
  });

  const BUDGET = `query($id: ID!) { node(id: $id) { ... on Project { budget { budgetFen spentFen remainingFen burnRate warning } budgetLines { id amountFen spentFen remainingFen } } } }`;

  it("a ¥25,000,000 and a ¥10,000,000,000 budget line come back to the fen, and the budget adds them up exactly", async () => {
    const p = await pk.proposed(w);
    const big = await pk.ok("addProjectBudgetLine", { input: { projectId: p.id, source: "FISCAL", name: "道路改造", amountFen: TWENTY_FIVE_MILLION } }, w.A.admin);
    expect(big.amountFen).toBe(2_500_000_000);
    const huge = await pk.ok("addProjectBudgetLine", { input: { projectId: p.id, source: "CHARITY", name: "片区更新", amountFen: TEN_BILLION + 0 } }, w.A.admin);
    expect(huge.amountFen).toBe(1_000_000_000_000);
    const odd = await pk.ok("addProjectBudgetLine", { input: { projectId: p.id, source: "DONATION", name: "零头", amountFen: 1 } }, w.A.admin);
    expect(odd.amountFen).toBe(1);
    await pk.ok("approveProject", { id: p.id, input: { note: "同意立项", publishNotice: false } }, w.A.admin);
    const spent = await pk.ok("recordProjectExpense", { input: { projectId: p.id, budgetLineId: big.id, spentOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), payee: "施工单位", amountFen: TWENTY_FIVE_MILLION - 1, description: "路面工程" } }, w.A.admin);
    expect(spent.amountFen).toBe(2_499_999_999);

    const r = await kit.gql(BUDGET, { id: p.id }, w.A.admin);
    expect(r.errors).toBeUndefined();
    expect(r.data.node.budget).toEqual({ budgetFen: 1_002_500_000_001, spentFen: 2_499_999_999, remainingFen: 1_000_000_000_002, burnRate: 0.0025, warning: "NEARLY_SPENT" });
    const lines = Object.fromEntries(r.data.node.budgetLines.map((l: { id: string }) => [l.id, l]));
    expect(lines[big.id]).toMatchObject({ amountFen: 2_500_000_000, spentFen: 2_499_999_999, remainingFen: 1 });
    expect(lines[huge.id]).toMatchObject({ amountFen: 1_000_000_000_000, spentFen: 0, remainingFen: 1_000_000_000_000 });

    // The audit row keeps the amount as a number, exactly.
    const row = await kit.prisma.auditEntry.findFirst({ where: { targetId: Buffer.from(huge.id, "base64").toString("utf8").split(":")[1]! } });
    expect((row?.after as { amountFen: number }).amountFen).toBe(1_000_000_000_000);
  });

  it("a negative or too large amount is INVALID on its field and changes nothing", async () => {
    const p = await pk.proposed(w);
    for (const amountFen of [-500, -1, TEN_BILLION + 1, Number.MAX_SAFE_INTEGER]) {
      const e = await pk.refused("addProjectBudgetLine", { input: { projectId: p.id, source: "FISCAL", name: "材料费", amountFen } }, w.A.admin, "INVALID", "input.amountFen");
      expect(e.message).toMatch(amountFen < 0 ? /负数/ : /100亿元/);
    }
    const a = await pk.approved(w);
    await pk.refused("recordProjectExpense", { input: { projectId: a.id, budgetLineId: a.lineId, spentOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), payee: "五金店", amountFen: 0, description: "零元" } }, w.A.admin, "INVALID", "input.amountFen");
    await pk.refused("createCommunityNeed", { input: { communityId: w.A.community.gid, title: "加装电梯", description: "老楼", estimatedFen: -100 } }, w.A.admin, "INVALID", "input.estimatedFen");
  });

  it("a fractional, string, unsafe or non-number amount is refused naming the field, before anything runs", async () => {
    const p = await pk.proposed(w);
    const before = await pk.dump();
    for (const amountFen of [12.5, "2500000000", "¥25,000,000", 2 ** 53, 1e300, true, { fen: 1 }]) {
      const r = await kit.gql(
        `mutation($input: AddProjectBudgetLineInput!) { addProjectBudgetLine(input: $input) { __typename } }`,
        { input: { projectId: p.id, source: "FISCAL", name: "材料费", amountFen } },
        w.A.admin,
      );
      const e = gqlError(r);
      expect(e.code, e.message).toBe("INVALID");
      expect(e.message).toContain("input.amountFen");
      expect(e.message).toMatch(/Money must be a JSON number of whole fen/);
    }
    // Written in the document itself, too.
    const lit = gqlError(await kit.gql(`mutation { addProjectBudgetLine(input: { projectId: "${p.id}", source: FISCAL, name: "x", amountFen: "100" }) { __typename } }`, {}, w.A.admin));
    expect(lit.message).toMatch(/Money must be a JSON number of whole fen/);
    expect(await pk.dump()).toEqual(before);
  });
});

describe("capacities and stock", () => {
  let kit: TestKit;
  let v: VolunteeringKit;
  let w: VolunteerWorld;
  beforeAll(async () => {
    kit = await createTestKit();
    v = volunteering(kit);
    w = await v.world();
  });
  afterAll(async () => {
    await kit?.close();
  });

  it("an activity's 名额 that is negative, zero or too many is INVALID on input.capacity", async () => {
    const a = await v.activity(w.A.community, w.A.admin, { capacity: 5 });
    for (const capacity of [-1, 0, 10_001, 2_000_000_000]) {
      await v.refused("updateVolunteerActivity", { id: a.id, input: { capacity } }, w.staffA, "INVALID", "input.capacity");
    }
    // Beyond a 32-bit Int the request itself is refused, naming the field; nothing is clamped to 10000.
    const r = await v.run("updateVolunteerActivity", { id: a.id, input: { capacity: 1e12 } }, w.staffA);
    expect(gqlError(r).message).toContain("input.capacity");
    const still = await kit.prisma.volunteerActivity.findFirst({ where: { title: "清洁家园志愿活动" }, select: { capacity: true } });
    expect(still?.capacity).toBe(5);
  });

  it("a reward's stock or cost that is negative or huge is INVALID on its field", async () => {
    const base = { communityId: w.A.community.gid, name: "洗衣液", kind: "GOODS", cost: 5, stock: 1 };
    await v.refused("createReward", { input: { ...base, stock: -1 } }, w.staffA, "INVALID", "input.stock");
    await v.refused("createReward", { input: { ...base, stock: 2_000_000_000 } }, w.staffA, "INVALID", "input.stock");
    await v.refused("createReward", { input: { ...base, cost: -5 } }, w.staffA, "INVALID", "input.cost");
    await v.refused("createReward", { input: { ...base, cost: 0 } }, w.staffA, "INVALID", "input.cost");
    expect(gqlError(await v.run("createReward", { input: { ...base, stock: 1e12 } }, w.staffA)).message).toContain("input.stock");
  });
});
