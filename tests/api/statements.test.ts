// Statements per request (issue #13): counts, never times. Each everyday read costs the same number
// of SQL statements whatever the size of its list — 1, 10 or 100 rows — and at most 3 in all,
// auth included. A resolver that queries once per parent row makes the counts differ and fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type As } from "./testkit.js";

let statements: string[] = [];
let counting = false;
const kit = await createTestKit({ onStatement: (sql) => counting && statements.push(sql) });
afterAll(() => kit.close());

/** Runs one GraphQL request and returns the SQL statements it sent (its data must be error-free). */
async function statementsOf(query: string, variables: Record<string, unknown>, as?: As): Promise<string[]> {
  statements = [];
  counting = true;
  try {
    const res = await kit.gql(query, variables, as);
    expect(res.errors).toBeUndefined();
  } finally {
    counting = false;
  }
  return statements;
}

const SIZES = [1, 10, 100] as const;
type Fixture = { communityGid: string; residentGid: string; admin: As };
const fixtures = new Map<number, Fixture>();

beforeAll(async () => {
  const { street } = await kit.seed.place();
  for (const size of SIZES) {
    const community = await kit.seed.community(street);
    const grid = await kit.seed.grid(community.id);
    let residentGid = "";
    for (let i = 0; i < size; i++) {
      const household = await kit.seed.household(community.id, undefined, grid.id);
      residentGid = (await kit.seed.resident(community.id, { householdId: household.id, gridId: grid.id })).gid;
    }
    fixtures.set(size, { communityGid: community.gid, residentGid, admin: await kit.seed.account("ADMIN", community) });
  }
});

/** Counts at sizes 1, 10, 100: equal, and at most `max`. */
async function expectConstant(max: number, run: (f: Fixture) => Promise<string[]>) {
  const counts: number[] = [];
  for (const size of SIZES) counts.push((await run(fixtures.get(size)!)).length);
  expect(counts, `statements at ${SIZES.join(" / ")} rows`).toEqual(counts.map(() => counts[0]));
  expect(counts[0]).toBeLessThanOrEqual(max);
  return counts[0]!;
}

describe("SQL statements per request", () => {
  it("auth: a signed-in request reads its session, account and grants in one statement", async () => {
    const f = fixtures.get(1)!;
    const sql = await statementsOf("{ viewer { kind actions } }", {}, f.admin);
    // The session statement carries the account and its grants: nothing else runs.
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/"Session"/);
    expect(sql[0]).toMatch(/"Grant"/);
  });

  it("an anonymous request sends no statement for auth", async () => {
    expect(await statementsOf("{ __typename }", {})).toHaveLength(0);
  });

  it("one node by id: auth plus one", async () => {
    const n = await expectConstant(3, (f) => statementsOf("query($id: ID!) { node(id: $id) { id ... on Resident { name } } }", { id: f.residentGid }, f.admin));
    expect(n).toBe(2);
  });

  it("the residents page: 50 residents with household and grid, and the total", async () => {
    await expectConstant(3, (f) =>
      statementsOf(
        `query($c: ID!) { residents(communityId: $c, first: 50) { totalCount edges { node { id name household { id address } grid { id name } } } } }`,
        { c: f.communityGid },
        f.admin,
      ),
    );
  });
});
