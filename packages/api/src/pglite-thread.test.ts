// The embedded PGlite on its own thread answers as an in-thread PGlite does: rows, the adapter's
// parsers applied on this side, transactions that commit or roll back, errors as PGlite's
// DatabaseError (so Prisma maps them), LISTEN/NOTIFY, and a lost thread reported.
import { messages } from "@electric-sql/pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteThread } from "./pglite-thread.js";

let db: PGliteThread;

beforeAll(async () => {
  db = new PGliteThread("memory://");
  await db.waitReady;
  await db.exec(`CREATE TABLE t (id int PRIMARY KEY, at timestamptz, note text)`);
}, 60_000);
afterAll(() => db.close());

describe("PGliteThread", () => {
  it("returns rows as arrays and applies the caller's parsers to their types only", async () => {
    await db.query(`INSERT INTO t VALUES (1, '2026-12-07 10:00:00+08', 'a')`);
    const seen: number[] = [];
    const r = await db.query<unknown[]>(`SELECT id, at, note FROM t WHERE id = $1`, [1], {
      rowMode: "array",
      parsers: { 1184: (v: string, oid: number) => (seen.push(oid), `parsed:${v}`) },
    });
    expect(r.fields.map((f) => f.name)).toEqual(["id", "at", "note"]);
    // int4 by PGlite's own parser (a number), timestamptz by ours, text as it is.
    expect(r.rows).toEqual([[1, "parsed:2026-12-07 02:00:00+00", "a"]]);
    expect(seen).toEqual([1184]);
  });

  it("commits a transaction, and rolls back one that throws or asks to", async () => {
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id) VALUES (2)`);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query(`INSERT INTO t (id) VALUES (3)`);
        throw new Error("changed my mind");
      }),
    ).rejects.toThrow("changed my mind");
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO t (id) VALUES (4)`);
      await tx.rollback();
      expect(tx.closed).toBe(true);
    });
    const ids = await db.query<unknown[]>(`SELECT id FROM t ORDER BY id`, [], { rowMode: "array" });
    expect(ids.rows.map((r) => r[0])).toEqual([1, 2]);
  });

  it("raises a database error as PGlite's DatabaseError with its SQLSTATE, and goes on", async () => {
    const e = await db.query(`INSERT INTO t (id) VALUES (1)`).catch((err: unknown) => err);
    expect(e).toBeInstanceOf(messages.DatabaseError);
    expect(e).toMatchObject({ code: "23505", constraint: "t_pkey" });
    // Inside a transaction too; the transaction is then rolled back by the caller.
    await expect(db.transaction((tx) => tx.query(`INSERT INTO t (id) VALUES (2)`))).rejects.toMatchObject({ code: "23505" });
    expect((await db.query<unknown[]>(`SELECT count(*)::int FROM t`, [], { rowMode: "array" })).rows).toEqual([[2]]);
  });

  it("keeps statements outside a transaction from running inside it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = db.transaction(async (t) => {
      await t.query(`INSERT INTO t (id) VALUES (10)`);
      await held;
      await t.rollback();
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Waits for the transaction (PGlite has one connection), so it never sees row 10.
    const outside = db.query<unknown[]>(`SELECT count(*)::int FROM t WHERE id = 10`, [], { rowMode: "array" });
    release();
    await tx;
    expect((await outside).rows).toEqual([[0]]);
  });

  it("delivers NOTIFY to a listener until it stops listening", async () => {
    const got: string[] = [];
    const unlisten = await db.listen("chan", (p) => got.push(p));
    await db.query(`SELECT pg_notify('chan', 'one')`);
    await db.transaction((tx) => tx.query(`SELECT pg_notify('chan', 'two')`));
    await expect.poll(() => got).toEqual(["one", "two"]);
    await unlisten();
    await db.query(`SELECT pg_notify('chan', 'three')`);
    await db.query(`SELECT 1`);
    expect(got).toEqual(["one", "two"]);
  });

  it("answers the same text again (a named statement), with nulls and bad values, and after the table changed under it", async () => {
    await db.exec(`CREATE TABLE u (id int PRIMARY KEY, tags text[], data jsonb)`);
    const sql = `SELECT * FROM u WHERE id = $1 OR $2::text IS NULL ORDER BY id`;
    const ask = (id: number, flag: string | null) => db.query<unknown[]>(sql, [id, flag], { rowMode: "array" });
    await db.query(`INSERT INTO u VALUES ($1, $2, $3)`, [1, ["a", "b"], '{"k":1}']);
    expect((await ask(1, "x")).rows).toEqual([[1, ["a", "b"], { k: 1 }]]);
    // A value PostgreSQL refuses at Bind: the error, then the statement still serves.
    await expect(db.query(`INSERT INTO u VALUES ($1, $2, $3)`, [2, ["c"], "{not json"])).rejects.toMatchObject({ code: "22P02" });
    expect((await ask(2, null)).rows).toHaveLength(1);
    await db.exec(`ALTER TABLE u ADD COLUMN extra text DEFAULT 'e'`);
    expect((await ask(1, "x")).rows).toEqual([[1, ["a", "b"], { k: 1 }, "e"]]);
    const inserted = await db.query(`INSERT INTO u (id) VALUES ($1)`, [3]);
    expect(inserted.affectedRows).toBe(1);
  });

  it("reports a thread that stops without being closed, and fails every call from then on", async () => {
    let lost: Error | null = null;
    const other = new PGliteThread("memory://", (e) => (lost = e));
    await other.waitReady;
    await (other as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
    await expect.poll(() => lost).toBeInstanceOf(Error);
    await expect(other.query(`SELECT 1`)).rejects.toThrow(/PGlite thread stopped/);
  }, 60_000);
});
