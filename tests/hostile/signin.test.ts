// Sign-in under attack: a burst of wrong passwords for one account, the same burst split across two
// server processes, one address trying many usernames, and probing which usernames exist.
import { openDatabase, type Database } from "@gongzhi/api/src/db.js";
import * as passwords from "@gongzhi/api/src/modules/accounts/password.js";
import { createGraphQLServer } from "@gongzhi/api/src/server.js";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshDatabase, pgUrl } from "../api/template.js";
import { createTestKit, M, PASSWORD, type TestKit } from "../api/testkit.js";

// Every argon2 verification the server runs: a real account's password, or the throwaway hash an
// unknown username is checked against.
const checks = vi.hoisted(() => ({ count: 0 }));
vi.mock("@gongzhi/api/src/modules/accounts/password.js", async (original) => {
  const real = await original<typeof passwords>();
  return {
    ...real,
    verifyPassword: async (hash: string, password: string) => {
      checks.count++;
      return real.verifyPassword(hash, password);
    },
    burnVerify: async (password: string) => {
      checks.count++;
      return real.burnVerify(password);
    },
  };
});

type Yoga = ReturnType<typeof createGraphQLServer>;
interface Answer {
  typename: string;
  code?: string;
  field?: string | null;
  message?: string;
}

let kit: TestKit;
let n = 0;
/** A client address of its own for each test, so no test spends another's per-address budget. */
const freshAddress = () => `198.51.100.${++n}`;

beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(async () => {
  await kit?.close();
});
beforeEach(() => {
  checks.count = 0;
});

/** signIn through `yoga` as a client at `address` (the HTTP layer's remote address). */
async function signInAt(yoga: Yoga, address: string, username: string, password: string): Promise<Answer> {
  const res = await yoga.fetch(
    "http://test/graphql",
    { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: M.signIn, variables: { input: { username, password } } }) },
    { req: { ip: address } } as never,
  );
  const body = (await res.json()) as { data?: { signIn: { __typename: string; code?: string; field?: string; message?: string } }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  const r = body.data!.signIn;
  return { typename: r.__typename, code: r.code, field: r.field, message: r.message };
}
const signIn = (address: string, username: string, password: string) => signInAt(kit.yoga, address, username, password);
const codes = (answers: Answer[]) => answers.map((a) => a.code ?? "OK");
const count = (answers: Answer[], code: string) => codes(answers).filter((c) => c === code).length;
/** The answer with its numbers blanked (the seconds to wait), for comparing two answers' shape. */
const shape = (a: Answer) => ({ ...a, message: a.message?.replace(/\d+/g, "N") });

describe("a burst of wrong passwords for one account", () => {
  it("a hundred at once from a hundred addresses get at most five password checks; the rest are refused unchecked", async () => {
    const staff = await kit.seed.account("STAFF", (await kit.seed.place()).community);
    const answers = await Promise.all(Array.from({ length: 100 }, (_, i) => signIn(`203.0.113.${i}`, staff.username, `Wrong@${i}000`)));
    expect(count(answers, "UNAUTHENTICATED")).toBeLessThanOrEqual(5);
    expect(count(answers, "UNAUTHENTICATED") + count(answers, "RATE_LIMITED")).toBe(100);
    expect(checks.count).toBeLessThanOrEqual(5);
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key: `user:${staff.username}` } })).toMatchObject({ failures: 5, lockedUntil: expect.any(Date) });
    // The right password is refused too while the lock lasts, without a check.
    checks.count = 0;
    expect(await signIn(freshAddress(), staff.username, PASSWORD)).toMatchObject({ code: "RATE_LIMITED", field: "password" });
    expect(checks.count).toBe(0);
  });

  it("split across two server processes on one database, the same burst still gets at most five checks", async () => {
    // Two Prisma clients (two connection pools) on PostgreSQL; PGlite is one process's database, so there the two servers share its client.
    const { target, drop } = await freshDatabase();
    const one: Database = openDatabase(target);
    const two: Database = pgUrl ? openDatabase(target) : one;
    try {
      const account = await one.prisma.account.create({ data: { username: "twoprocs", displayName: "两个进程", passwordHash: await passwords.hashPassword(PASSWORD) } });
      const [a, b] = [createGraphQLServer(one.prisma), createGraphQLServer(two.prisma)];
      const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => signInAt(i % 2 ? a : b, `192.0.2.${i}`, account.username, `Wrong@${i}000`)));
      expect(count(answers, "UNAUTHENTICATED")).toBeLessThanOrEqual(5);
      expect(checks.count).toBeLessThanOrEqual(5);
      // What one process counted, the other enforces.
      expect(await signInAt(b, "192.0.2.200", account.username, PASSWORD)).toMatchObject({ code: "RATE_LIMITED" });
      expect(await signInAt(a, "192.0.2.201", account.username, PASSWORD)).toMatchObject({ code: "RATE_LIMITED" });
    } finally {
      if (two !== one) await two.close();
      await one.close();
      await drop();
    }
  });

  it("a success clears the username's count: five more tries are checked after it", async () => {
    const staff = await kit.seed.account("STAFF", (await kit.seed.place()).community);
    const address = freshAddress();
    for (let i = 0; i < 4; i++) expect((await signIn(address, staff.username, `Wrong@${i}000`)).code).toBe("UNAUTHENTICATED");
    expect((await signIn(address, staff.username, PASSWORD)).typename).toBe("MutationSignInSuccess");
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key: `user:${staff.username}` } })).toBeNull();
    const again = [];
    for (let i = 0; i < 6; i++) again.push(await signIn(address, staff.username, `Wrong@${i}111`));
    expect(codes(again)).toEqual([...Array(5).fill("UNAUTHENTICATED"), "RATE_LIMITED"]);
  });
});

describe("one address trying many usernames", () => {
  it("is stopped after 30 failed checks in ten minutes, whichever usernames it tries", async () => {
    const staff = await kit.seed.account("STAFF", (await kit.seed.place()).community);
    const address = freshAddress();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(address, `guess_${i}_${staff.username}`, `Wrong@${i}000`)));
    expect(count(answers, "UNAUTHENTICATED")).toBe(30);
    expect(count(answers, "RATE_LIMITED")).toBe(10);
    expect(checks.count).toBe(30);
    // Even a real account's right password waits at that address…
    expect(await signIn(address, staff.username, PASSWORD)).toMatchObject({ code: "RATE_LIMITED", field: "password" });
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key: `user:${staff.username}` } })).toBeNull();
    // …and signs in from any other.
    expect((await signIn(freshAddress(), staff.username, PASSWORD)).typename).toBe("MutationSignInSuccess");
  });

  it("successful sign-ins from one address (an office behind one router) do not count against it", async () => {
    const place = await kit.seed.place();
    const address = freshAddress();
    for (let i = 0; i < 35; i++) {
      const staff = await kit.seed.account("STAFF", place.community);
      expect((await signIn(address, staff.username, PASSWORD)).typename).toBe("MutationSignInSuccess");
    }
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key: `ip:${address}` } })).toMatchObject({ failures: 0 });
  });
});

describe("probing which usernames exist", () => {
  it("an unknown username answers exactly like a wrong password, lockout included, with one password check each", async () => {
    const staff = await kit.seed.account("STAFF", (await kit.seed.place()).community);
    const unknown = `nobody_${staff.username}`;
    const real: Answer[] = [];
    const fake: Answer[] = [];
    const realChecks: number[] = [];
    const fakeChecks: number[] = [];
    for (let i = 0; i < 7; i++) {
      let before = checks.count;
      real.push(await signIn(freshAddress(), staff.username, `Wrong@${i}000`));
      realChecks.push(checks.count - before);
      before = checks.count;
      fake.push(await signIn(freshAddress(), unknown, `Wrong@${i}000`));
      fakeChecks.push(checks.count - before);
    }
    expect(codes(real)).toEqual([...Array(5).fill("UNAUTHENTICATED"), "RATE_LIMITED", "RATE_LIMITED"]);
    expect(fake.map(shape)).toEqual(real.map(shape));
    expect(fakeChecks).toEqual(realChecks);
    expect(realChecks).toEqual([1, 1, 1, 1, 1, 0, 0]);
    // Both names are throttled alike in the database.
    const rows = await kit.prisma.signInThrottle.findMany({ where: { key: { in: [`user:${staff.username}`, `user:${unknown}`] } }, select: { failures: true } });
    expect(rows).toEqual([{ failures: 5 }, { failures: 5 }]);
  });

  it("a disabled account answers like an unknown username", async () => {
    const staff = await kit.seed.account("STAFF", (await kit.seed.place()).community);
    await kit.prisma.account.update({ where: { id: staff.id }, data: { disabledAt: new Date() } });
    const disabled = await signIn(freshAddress(), staff.username, PASSWORD);
    const unknown = await signIn(freshAddress(), `nobody_${staff.username}`, PASSWORD);
    expect(shape(disabled)).toEqual(shape(unknown));
    expect(disabled).toMatchObject({ code: "UNAUTHENTICATED", field: "password" });
  });
});
