// The operations of `pnpm bench:load`: for each, the GraphQL document Gongzhi answers and the one
// hand-written SQL statement the baseline answers it with (JSON built in PostgreSQL with
// json_build_object/json_agg, in the shape of Gongzhi's `data`). The bench compares both answers
// before it measures anything. The baseline lives here only; the product never uses it.

/** What an operation is asked about: found in the database by the bench (see targets in load.ts). */
export interface Targets {
  communityId: string;
  streetId: string;
  residentId: string;
  gridId: string;
  householdId: string;
  /** A ranking period ("2026") and its accounting months [from, to). */
  period: string;
  fromMonth: string;
  toMonth: string;
}

export interface Operation {
  name: string;
  /** Reads are held to the targets (≥ 0.3× the baseline's req/s, p99 within 4×). */
  kind: "read" | "write";
  /** Which signed-in account asks: the community's admin or the street's. */
  as: "community" | "street";
  query: string;
  variables: (t: Targets, i: number) => Record<string, unknown>;
  /** The baseline's statement and its parameters; it returns one row with one json column. */
  sql: string;
  params: (t: Targets, i: number) => unknown[];
  /** For writes: what may differ between two answers (new ids, the unique names). */
  normalize?: (data: unknown) => unknown;
}

// Relay global ids are base64("Type:uuid"); PostgreSQL's base64 wraps lines at 76 characters, which
// "Type:uuid" of up to 57 bytes (type names up to 20 letters) never reaches.
const gid = (type: string, col: string) => `encode(convert_to('${type}:' || ${col}, 'UTF8'), 'base64')`;
const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const objOrNull = (idCol: string, obj: string) => `CASE WHEN ${idCol} IS NULL THEN NULL ELSE ${obj} END`;
const arr = (sub: string) => `COALESCE((${sub}), '[]'::json)`;

export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const dashboard: Operation = {
  name: "community dashboard",
  kind: "read",
  as: "community",
  query: `query BenchDashboard($c: ID!) {
  projects(communityId: $c, first: 10) {
    totalCount
    edges { node {
      id title status
      budgetLines { id name source amountFen }
      volunteerActivities {
        id title startsAt
        signUps(first: 10) { totalCount edges { node { id status volunteerName } } }
      }
    } }
  }
}`,
  variables: (t) => ({ c: globalId("Community", t.communityId) }),
  sql: `SELECT json_build_object('projects', json_build_object(
  'totalCount', (SELECT count(*)::int FROM "Project" WHERE "communityId" = $1),
  'edges', ${arr(`SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid("Project", "p.id")}, 'title', p.title, 'status', p.status,
      'budgetLines', ${arr(`SELECT json_agg(json_build_object('id', ${gid("ProjectBudgetLine", "b.id")}, 'name', b.name, 'source', b.source, 'amountFen', b."amountFen") ORDER BY b.id)
        FROM "ProjectBudgetLine" b WHERE b."projectId" = p.id`)},
      'volunteerActivities', ${arr(`SELECT json_agg(json_build_object('id', ${gid("VolunteerActivity", "a.id")}, 'title', a.title, 'startsAt', ${iso(`a."startsAt"`)},
          'signUps', json_build_object(
            'totalCount', (SELECT count(*)::int FROM "VolunteerSignUp" s WHERE s."activityId" = a.id),
            'edges', ${arr(`SELECT json_agg(json_build_object('node', json_build_object('id', ${gid("VolunteerSignUp", "s.id")}, 'status', s.status, 'volunteerName', r.name)) ORDER BY s.id)
              FROM (SELECT * FROM "VolunteerSignUp" WHERE "activityId" = a.id ORDER BY id LIMIT 10) s
              JOIN "Volunteer" v ON v.id = s."volunteerId" JOIN "Resident" r ON r.id = v."residentId"`)}))
          ORDER BY a."startsAt" DESC, a.id DESC)
        FROM (SELECT * FROM "VolunteerActivity" WHERE "projectId" = p.id ORDER BY "startsAt" DESC, id DESC LIMIT 50) a`)}
    )) ORDER BY p.id)
    FROM (SELECT * FROM "Project" WHERE "communityId" = $1 ORDER BY id LIMIT 10) p`)}
))::text AS data`,
  params: (t) => [t.communityId],
};

const residentFields = `id name gender registration grid { id name } household { id address }`;
const residentJson = (r: string, g: string, h: string) =>
  `json_build_object('id', ${gid("Resident", `${r}.id`)}, 'name', ${r}.name, 'gender', ${r}.gender, 'registration', ${r}.registration,
    'grid', ${objOrNull(`${g}.id`, `json_build_object('id', ${gid("Grid", `${g}.id`)}, 'name', ${g}.name)`)},
    'household', ${objOrNull(`${h}.id`, `json_build_object('id', ${gid("Household", `${h}.id`)}, 'address', ${h}.address)`)})`;

const residents: Operation = {
  name: "residents page (50)",
  kind: "read",
  as: "community",
  query: `query BenchResidents($c: ID!) { residents(communityId: $c, first: 50) { totalCount edges { node { ${residentFields} } } } }`,
  variables: (t) => ({ c: globalId("Community", t.communityId) }),
  sql: `SELECT json_build_object('residents', json_build_object(
  'totalCount', (SELECT count(*)::int FROM "Resident" WHERE "communityId" = $1),
  'edges', ${arr(`SELECT json_agg(json_build_object('node', ${residentJson("r", "g", "h")}) ORDER BY r.id)
    FROM (SELECT * FROM "Resident" WHERE "communityId" = $1 ORDER BY id LIMIT 50) r
    LEFT JOIN "Grid" g ON g.id = r."gridId" LEFT JOIN "Household" h ON h.id = r."householdId"`)}
))::text AS data`,
  params: (t) => [t.communityId],
};

// The ranking as the points module computes it: PointsMonthly summed per account over the period,
// competition ranks (1, 2, 2, 4), names (a person's, or "<first member>户（<address>）"), and each
// row's unreversed deductions of the period with their rules.
const monthlyWhere = `"communityId" = $1 AND "month" >= $2::date AND "month" < $3::date`;
const ranking: Operation = {
  name: "points ranking (top 50)",
  kind: "read",
  as: "community",
  query: `query BenchRanking($n: ID!, $p: String!) {
  pointsRanking(nodeId: $n, period: $p, first: 50) {
    accountCount
    rows { rank accountId accountKind name net awarded deducted deductions { id delta month rule { id name } } }
  }
}`,
  variables: (t) => ({ n: globalId("Community", t.communityId), p: t.period }),
  sql: `WITH s AS (
  SELECT "accountId" AS id, SUM("awarded")::int AS aw, SUM("deducted")::int AS de FROM "PointsMonthly"
  WHERE ${monthlyWhere}
  GROUP BY "accountId" HAVING SUM("awarded") <> 0 OR SUM("deducted") <> 0
  ORDER BY SUM("awarded") - SUM("deducted") DESC, "accountId" LIMIT 50
), r AS (SELECT s.*, rank() OVER (ORDER BY aw - de DESC) AS rk, row_number() OVER (ORDER BY aw - de DESC, id) AS rn FROM s)
SELECT json_build_object('pointsRanking', json_build_object(
  'accountCount', (SELECT count(DISTINCT "accountId")::int FROM "PointsMonthly" WHERE ${monthlyWhere} AND ("awarded" <> 0 OR "deducted" <> 0)),
  'rows', ${arr(`SELECT json_agg(json_build_object(
      'rank', r.rk, 'accountId', ${gid("PointsAccount", "r.id")}, 'accountKind', a.kind,
      'name', CASE WHEN a."householdId" IS NOT NULL
        THEN COALESCE(CASE WHEN h.id IS NULL THEN NULL ELSE COALESCE((SELECT m.name || '户（' || h.address || '）' FROM "Resident" m WHERE m."householdId" = h.id ORDER BY m.id LIMIT 1), h.address) END, '（未知）')
        ELSE COALESCE(p.name, '（未知）') END,
      'net', r.aw - r.de, 'awarded', r.aw, 'deducted', r.de,
      'deductions', ${arr(`SELECT json_agg(json_build_object('id', ${gid("PointsEntry", "e.id")}, 'delta', e.delta, 'month', to_char(e.month, 'YYYY-MM'),
          'rule', ${objOrNull("pr.id", `json_build_object('id', ${gid("PointsRule", "pr.id")}, 'name', pr.name)`)}) ORDER BY e.id)
        FROM "PointsEntry" e LEFT JOIN "PointsRule" pr ON pr.id = e."ruleId"
        WHERE e."accountId" = r.id AND e.kind = 'DEDUCTION' AND e.month >= $2::date AND e.month < $3::date
          AND NOT EXISTS (SELECT 1 FROM "PointsEntry" x WHERE x."reversesId" = e.id)`)}
    ) ORDER BY r.rn)
    FROM r JOIN "PointsAccount" a ON a.id = r.id LEFT JOIN "Resident" p ON p.id = a."residentId" LEFT JOIN "Household" h ON h.id = a."householdId"`)}
))::text AS data`,
  params: (t) => [t.communityId, t.fromMonth, t.toMonth],
};

const topics: Operation = {
  name: "topic board (50)",
  kind: "read",
  as: "community",
  query: `query BenchTopics($c: ID!) {
  topics(communityId: $c, first: 50) {
    totalCount
    edges { node { id title status category cosignCount timeline { id fromStatus toStatus actorName createdAt } } }
  }
}`,
  variables: (t) => ({ c: globalId("Community", t.communityId) }),
  sql: `SELECT json_build_object('topics', json_build_object(
  'totalCount', (SELECT count(*)::int FROM "Topic" WHERE "communityId" = $1),
  'edges', ${arr(`SELECT json_agg(json_build_object('node', json_build_object(
      'id', ${gid("Topic", "t.id")}, 'title', t.title, 'status', t.status, 'category', t.category, 'cosignCount', t."cosignCount",
      'timeline', ${arr(`SELECT json_agg(json_build_object('id', e.id, 'fromStatus', e."fromStatus", 'toStatus', e."toStatus", 'actorName', e."actorName", 'createdAt', ${iso(`e."createdAt"`)}) ORDER BY e."createdAt", e.id)
        FROM "TopicEvent" e WHERE e."topicId" = t.id`)}
    )) ORDER BY t.id)
    FROM (SELECT * FROM "Topic" WHERE "communityId" = $1 ORDER BY id LIMIT 50) t`)}
))::text AS data`,
  params: (t) => [t.communityId],
};

const node: Operation = {
  name: "node by id (resident)",
  kind: "read",
  as: "community",
  query: `query BenchNode($id: ID!) { node(id: $id) { __typename id ... on Resident { ${residentFields} } } }`,
  variables: (t) => ({ id: globalId("Resident", t.residentId) }),
  sql: `SELECT json_build_object('node', (SELECT ${residentJson("r", "g", "h")}::jsonb || '{"__typename":"Resident"}'::jsonb
  FROM "Resident" r LEFT JOIN "Grid" g ON g.id = r."gridId" LEFT JOIN "Household" h ON h.id = r."householdId" WHERE r.id = $1))::text AS data`,
  params: (t) => [t.residentId],
};

const street: Operation = {
  name: "street roll-up (communities with counts)",
  kind: "read",
  as: "street",
  query: `query BenchStreet($s: ID!) { communities(streetId: $s, first: 100) { totalCount edges { node { id name gridCount householdCount residentCount } } } }`,
  variables: (t) => ({ s: globalId("Region", t.streetId) }),
  sql: `WITH c AS (SELECT c.* FROM "Community" c WHERE c.path LIKE (SELECT path FROM "Region" WHERE id = $1) || '%')
SELECT json_build_object('communities', json_build_object(
  'totalCount', (SELECT count(*)::int FROM c),
  'edges', ${arr(`SELECT json_agg(json_build_object('node', json_build_object('id', ${gid("Community", "c.id")}, 'name', c.name,
      'gridCount', (SELECT count(*)::int FROM "Grid" WHERE "communityId" = c.id),
      'householdCount', (SELECT count(*)::int FROM "Household" WHERE "communityId" = c.id),
      'residentCount', (SELECT count(*)::int FROM "Resident" WHERE "communityId" = c.id))) ORDER BY c.id)
    FROM (SELECT * FROM c ORDER BY id LIMIT 100) c`)}
))::text AS data`,
  params: (t) => [t.streetId],
};

// Unique names per request: the bench run's tag and a counter.
export const runTag = Date.now().toString(36);
const createResident: Operation = {
  name: "createResident (mutation)",
  kind: "write",
  as: "community",
  query: `mutation BenchCreateResident($i: CreateResidentInput!) {
  createResident(input: $i) { __typename ... on MutationCreateResidentSuccess { data { ${residentFields} } } }
}`,
  variables: (t, i) => ({
    i: { communityId: globalId("Community", t.communityId), name: `压测${runTag}-${i}`, gridId: globalId("Grid", t.gridId), householdId: globalId("Household", t.householdId) },
  }),
  sql: `WITH ins AS (
  INSERT INTO "Resident" (id, "communityId", name, "gridId", "householdId", "updatedAt") VALUES (gen_random_uuid(), $1, $2, $3, $4, now()) RETURNING *
)
SELECT json_build_object('createResident', json_build_object('__typename', 'MutationCreateResidentSuccess', 'data', ${residentJson("ins", "g", "h")}))::text AS data
FROM ins LEFT JOIN "Grid" g ON g.id = ins."gridId" LEFT JOIN "Household" h ON h.id = ins."householdId"`,
  params: (t, i) => [t.communityId, `基线${runTag}-${i}`, t.gridId, t.householdId],
  normalize: (data) => {
    const d = structuredClone(data) as { createResident?: { data?: { id: string; name: string } } };
    if (d.createResident?.data) Object.assign(d.createResident.data, { id: "(new)", name: "(unique)" });
    return d;
  },
};

export const OPERATIONS: Operation[] = [dashboard, residents, ranking, topics, node, street, createResident];
