// Columns per request (issue #13, select mode): a list read asking only for names or titles reads
// only those columns, never a row's long texts or private notes. Each check fails when its type
// loads whole rows (without `select: { id: true }` on the type).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatementKit } from "./statementKit.js";
import type { As } from "./testkit.js";

const { kit, statementsOf } = await createStatementKit();
afterAll(() => kit.close());

/** The statements that read the table (FROM or JOIN it), whatever else they read. */
const reading = (sql: string[], table: string) => sql.filter((q) => q.includes(`"${table}"`));

let communityGid = "";
let admin: As;

beforeAll(async () => {
  const { community } = await kit.seed.place();
  communityGid = community.gid;
  admin = await kit.seed.account("ADMIN", community);
  const type = await kit.prisma.projectType.create({ data: { communityId: community.id, name: "微更新" } });
  for (let i = 0; i < 3; i++) {
    await kit.prisma.project.create({
      data: {
        communityId: community.id,
        typeId: type.id,
        title: `项目${i}`,
        description: "长长的说明",
        origin: "RESIDENT_REQUEST",
        requestText: "居民原话",
        internalNote: "内部备注",
        approvedAt: new Date(),
        status: "APPROVED",
      },
    });
    await kit.prisma.notice.create({
      data: {
        communityId: community.id,
        subjectType: "Announcement",
        title: `公示${i}`,
        content: "公示全文",
        periodDays: 5,
        publishedAt: new Date(),
        endsAt: new Date(Date.now() + 5 * 86_400_000),
        publishedByName: "社区",
      },
    });
  }
});

describe("columns per request (select mode)", () => {
  it("the projects list asking for titles reads no description, request text or internal note", async () => {
    const sql = await statementsOf(`query($c: ID!) { projects(communityId: $c, first: 20) { edges { node { title } } } }`, { c: communityGid }, admin);
    const projectSql = reading(sql, "Project");
    expect(projectSql.length).toBeGreaterThan(0);
    for (const q of projectSql) {
      expect(q).toContain(`"title"`);
      expect(q).not.toContain(`"description"`);
      expect(q).not.toContain(`"requestText"`);
      expect(q).not.toContain(`"internalNote"`);
    }
  });

  it("the public transparency feed asking for titles reads no description or completion summary", async () => {
    const sql = await statementsOf(`query($c: ID!) { publicProjects(communityId: $c, first: 20) { edges { node { title } } } }`, { c: communityGid });
    const projectSql = reading(sql, "Project");
    expect(projectSql.length).toBeGreaterThan(0);
    for (const q of projectSql) {
      expect(q).toContain(`"title"`);
      expect(q).not.toContain(`"description"`);
      expect(q).not.toContain(`"completionSummary"`);
      expect(q).not.toContain(`"internalNote"`);
    }
  });

  it("the notices list asking for titles reads no notice content", async () => {
    const sql = await statementsOf(`query($c: ID!) { notices(communityId: $c, first: 20) { edges { node { title } } } }`, { c: communityGid }, admin);
    const noticeSql = reading(sql, "Notice");
    expect(noticeSql.length).toBeGreaterThan(0);
    for (const q of noticeSql) {
      expect(q).toContain(`"title"`);
      expect(q).not.toContain(`"content"`);
      expect(q).not.toContain(`"withdrawReason"`);
    }
  });
});
