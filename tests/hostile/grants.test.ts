// Foreign grants: 直冲村's admin tries to pull 江翠社区's admin into 直冲村 (grant a role, read its
// profile and grants, make it a project lead), and two quick grants of the same role race.
import { DEMO_PASSWORD, seedDemoIfEmpty } from "@gongzhi/api/src/seed/demo.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, success, userError, type As, type TestKit } from "../api/testkit.js";

let kit: TestKit;
const gid = { zhichong: "", jiangcui: "", jiangcuiAdmin: "", jiangcuiGrant: "", zhichongStaff: "" };
const db = { jiangcuiAdmin: "", zhichong: "", zhichongStaff: "" };
let zhichongAdmin: As;
let districtAdmin: As;

async function signIn(username: string): Promise<As> {
  const r = await kit.mutate("signIn", { input: { username, password: DEMO_PASSWORD } });
  success(r, "signIn");
  return { headers: { cookie: r.headers.get("set-cookie")!.split(";")[0]! } };
}

beforeAll(async () => {
  kit = await createTestKit();
  await seedDemoIfEmpty(kit.prisma);
  const community = (name: string) => kit.prisma.community.findFirstOrThrow({ where: { name } });
  const account = (username: string) => kit.prisma.account.findUniqueOrThrow({ where: { username } });
  const [zhichong, jiangcui, jAdmin, zStaff] = [await community("直冲村"), await community("江翠社区"), await account("jiangcui_admin"), await account("zhichong_staff")];
  Object.assign(db, { jiangcuiAdmin: jAdmin.id, zhichong: zhichong.id, zhichongStaff: zStaff.id });
  gid.zhichong = toGlobalId("Community", zhichong.id);
  gid.jiangcui = toGlobalId("Community", jiangcui.id);
  gid.jiangcuiAdmin = toGlobalId("Account", jAdmin.id);
  gid.zhichongStaff = toGlobalId("Account", zStaff.id);
  gid.jiangcuiGrant = toGlobalId("Grant", (await kit.prisma.grant.findFirstOrThrow({ where: { accountId: jAdmin.id } })).id);
  zhichongAdmin = await signIn("zhichong_admin");
  districtAdmin = await signIn("district_admin");
}, 180_000);
afterAll(async () => {
  await kit?.close();
});

const grantsOf = (accountId: string) => kit.prisma.grant.findMany({ where: { accountId }, orderBy: { id: "asc" } });
const seesAccount = async (as: As, accountGid: string, grantGid: string) => {
  const r = await kit.gql(
    `query($a: ID!, $g: ID!, $q: String) { a: node(id: $a) { id } g: node(id: $g) { id } accounts(search: $q) { totalCount edges { node { id username lastLoginAt disabled grants { nodeName } } } } }`,
    { a: accountGid, g: grantGid, q: "jiangcui" },
    as,
  );
  expect(r.errors).toBeUndefined();
  return r.data as { a: { id: string } | null; g: { id: string } | null; accounts: { totalCount: number; edges: { node: { id: string } }[] } };
};

describe("an admin and another community's account", () => {
  it("zhichong_admin cannot grant jiangcui_admin a role in 直冲村: NOT_FOUND, as if the account did not exist", async () => {
    const before = await grantsOf(db.jiangcuiAdmin);
    const err = await kit.refused("grantRole", { input: { accountId: gid.jiangcuiAdmin, role: "ADMIN", nodeId: gid.zhichong } }, zhichongAdmin, "NOT_FOUND", "input.accountId");
    const unknown = userError(await kit.mutate("grantRole", { input: { accountId: toGlobalId("Account", crypto.randomUUID()), role: "ADMIN", nodeId: gid.zhichong } }, zhichongAdmin), "grantRole");
    expect(err.message).toBe(unknown.message);
    expect(await grantsOf(db.jiangcuiAdmin)).toEqual(before);
  });

  it("zhichong_admin cannot read jiangcui_admin's profile or grants", async () => {
    const seen = await seesAccount(zhichongAdmin, gid.jiangcuiAdmin, gid.jiangcuiGrant);
    expect(seen).toEqual({ a: null, g: null, accounts: { totalCount: 0, edges: [] } });
    // The district's admin, whose reach covers it, does see it.
    const district = await seesAccount(districtAdmin, gid.jiangcuiAdmin, gid.jiangcuiGrant);
    expect(district.a).toEqual({ id: gid.jiangcuiAdmin });
    expect(district.accounts.edges.map((e) => e.node.id)).toContain(gid.jiangcuiAdmin);
  });

  it("once the district gives jiangcui_admin a role in 直冲村 too, 直冲村's admin still sees none of it and cannot change it", async () => {
    const granted = success(await kit.mutate("grantRole", { input: { accountId: gid.jiangcuiAdmin, role: "STAFF", nodeId: gid.zhichong } }, districtAdmin), "grantRole");
    try {
      // Its 直冲村 grant lies in 直冲村, but the account also holds 江翠社区: it stays outside 直冲村's reach.
      expect(await seesAccount(zhichongAdmin, gid.jiangcuiAdmin, granted.id)).toEqual({ a: null, g: null, accounts: { totalCount: 0, edges: [] } });
      const r = await kit.gql(`query($c: ID!) { accounts(communityId: $c, first: 100) { edges { node { id } } } }`, { c: gid.zhichong }, zhichongAdmin);
      expect(r.data.accounts.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(gid.jiangcuiAdmin);
      await kit.refused("revokeGrant", { id: granted.id }, zhichongAdmin, "NOT_FOUND", "id");
      await kit.refused("grantRole", { input: { accountId: gid.jiangcuiAdmin, role: "ADMIN", nodeId: gid.zhichong } }, zhichongAdmin, "NOT_FOUND", "input.accountId");
      await kit.refused("updateAccount", { id: gid.jiangcuiAdmin, input: { disabled: true } }, zhichongAdmin, "NOT_FOUND", "id");
      await kit.refused("resetAccountPassword", { id: gid.jiangcuiAdmin, newPassword: "Hijack@2026" }, zhichongAdmin, "NOT_FOUND", "id");
    } finally {
      await kit.prisma.grant.deleteMany({ where: { accountId: db.jiangcuiAdmin, communityId: db.zhichong } });
    }
  });

  it("zhichong_admin cannot make jiangcui_admin a 直冲村 project's lead, grant attempt first or not", async () => {
    // The way in: a role in 直冲村 first (refused above), then the lead.
    await kit.mutate("grantRole", { input: { accountId: gid.jiangcuiAdmin, role: "STAFF", nodeId: gid.zhichong } }, zhichongAdmin);
    const project = await kit.prisma.project.findFirstOrThrow({ where: { communityId: db.zhichong, status: { in: ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS"] } } });
    const r = await kit.gql(
      `mutation($id: ID!, $input: UpdateProjectInput!) { updateProject(id: $id, input: $input) { __typename ... on UserError { code field } } }`,
      { id: toGlobalId("Project", project.id), input: { leadAccountId: gid.jiangcuiAdmin } },
      zhichongAdmin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.updateProject).toMatchObject({ __typename: "UserError", field: "input.leadAccountId" });
    expect((await kit.prisma.project.findUniqueOrThrow({ where: { id: project.id } })).leadAccountId).toBe(project.leadAccountId);
    expect(await kit.prisma.grant.count({ where: { accountId: db.jiangcuiAdmin, communityId: db.zhichong } })).toBe(0);
  });
});

describe("revoking and granting inside one's reach", () => {
  it("revokeGrant answers its typed result, even when only __typename is asked for", async () => {
    const granted = success(await kit.mutate("grantRole", { input: { accountId: gid.zhichongStaff, role: "AUDITOR", nodeId: gid.zhichong } }, zhichongAdmin), "grantRole");
    const r = await kit.gql(`mutation($id: ID!) { revokeGrant(id: $id) { __typename } }`, { id: granted.id }, zhichongAdmin);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ revokeGrant: { __typename: "MutationRevokeGrantSuccess" } });
    expect(await kit.prisma.grant.count({ where: { accountId: db.zhichongStaff, role: "AUDITOR" } })).toBe(0);
  });

  it("the last role of an account is not revoked (disable the account instead)", async () => {
    const [only] = await grantsOf(db.zhichongStaff);
    await kit.refused("revokeGrant", { id: toGlobalId("Grant", only!.id) }, zhichongAdmin, "CONFLICT", "id");
  });

  it("the same role granted twice at once makes one grant; the other answers DUPLICATE", async () => {
    const input = { accountId: gid.zhichongStaff, role: "GRID_WORKER", nodeId: gid.zhichong };
    const answers = await Promise.all(Array.from({ length: 6 }, () => kit.mutate("grantRole", { input }, zhichongAdmin)));
    const typenames = answers.map((a) => a.data?.grantRole?.__typename);
    expect(typenames.filter((t) => t === "MutationGrantRoleSuccess")).toHaveLength(1);
    expect(answers.filter((a) => a.data?.grantRole?.__typename === "UserError").map((a) => a.data.grantRole.code)).toEqual(Array(5).fill("DUPLICATE"));
    expect(await kit.prisma.grant.count({ where: { accountId: db.zhichongStaff, role: "GRID_WORKER", communityId: db.zhichong } })).toBe(1);
  });
});
