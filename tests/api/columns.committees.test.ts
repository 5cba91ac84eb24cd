// Columns per request (issue #13, select mode): the everyday lists of the two committees' modules
// (deliberation topics, volunteer activities, points redemptions) read only the columns the query
// asks for. A list asking only for titles never reads a long text or a private column: a type
// without `select: { id: true }` (include mode) reads every column of its rows and fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatementKit } from "./statementKit.js";
import type { As } from "./testkit.js";

const { kit, statementsOf } = await createStatementKit();
afterAll(() => kit.close());

/** The statements of one GraphQL request that read `table` (its data must be error-free, and one must read it). */
async function sqlReading(table: string, query: string, variables: Record<string, unknown>, as: As): Promise<string[]> {
  const statements = await statementsOf(query, variables, as);
  const reading = statements.filter((sql) => sql.includes(`"${table}"`) && /^\s*SELECT/i.test(sql));
  expect(reading.length, `statements reading "${table}"`).toBeGreaterThan(0);
  return reading;
}

let communityGid = "";
let admin: As;

beforeAll(async () => {
  const { community } = await kit.seed.place();
  communityGid = community.gid;
  admin = await kit.seed.account("ADMIN", community);
  const resident = await kit.seed.resident(community.id);
  await kit.prisma.topic.create({
    data: { communityId: community.id, title: "修路灯", description: "村口路灯坏了三盏", category: "PUBLIC_FACILITIES", source: "STAFF", proposerName: "社区", reviewNote: "已受理" },
  });
  await kit.prisma.volunteerActivity.create({
    data: {
      communityId: community.id,
      title: "清理河道",
      description: "自带手套",
      place: "河边",
      startsAt: new Date(Date.now() + 86_400_000),
      endsAt: new Date(Date.now() + 90_000_000),
      capacity: 10,
      status: "PUBLISHED",
      checkInCode: `code-${crypto.randomUUID()}`,
    },
  });
  const reward = await kit.prisma.reward.create({ data: { communityId: community.id, name: "洗车券", kind: "SERVICE", description: "城东洗车行", cost: 10, stock: 5 } });
  const account = await kit.prisma.pointsAccount.create({ data: { communityId: community.id, kind: "PERSON", residentId: resident.id } });
  await kit.prisma.redemption.create({
    data: { communityId: community.id, accountId: account.id, rewardId: reward.id, rewardName: reward.name, quantity: 1, unitCost: 10, totalCost: 10, idempotencyKey: "k1", code: "AB12CD34", residentId: resident.id },
  });
});

describe("columns read by the committees' lists", () => {
  it("the topic board asking for titles reads no description, review note or decline reason", async () => {
    const sql = await sqlReading("Topic", `query($c: ID!) { topics(communityId: $c, first: 50) { edges { node { id title } } } }`, { c: communityGid }, admin);
    for (const column of ['"description"', '"reviewNote"', '"declineReason"']) expect(sql.join("\n")).not.toContain(column);
    expect(sql.join("\n")).toContain('"title"');
  });

  it("the activity calendar asking for titles reads neither the description nor the check-in code", async () => {
    const sql = await sqlReading("VolunteerActivity", `query($c: ID!) { volunteerActivities(communityId: $c, first: 50) { edges { node { id title } } } }`, { c: communityGid }, admin);
    for (const column of ['"description"', '"checkInCode"']) expect(sql.join("\n")).not.toContain(column);
    expect(sql.join("\n")).toContain('"title"');
  });

  it("the redemptions list asking for reward names reads neither the redemption code nor the idempotency key", async () => {
    const sql = await sqlReading("Redemption", `query($c: ID!) { pointsRedemptions(communityId: $c, first: 50) { edges { node { id rewardName } } } }`, { c: communityGid }, admin);
    for (const column of ['"code"', '"idempotencyKey"']) expect(sql.join("\n")).not.toContain(column);
    expect(sql.join("\n")).toContain('"rewardName"');
  });
});
