// The embedded PGlite on a thread of its own (see pglite-thread.ts for why and for the protocol).
// This file runs inside a worker_threads Worker: it owns the one PGlite instance and answers the
// server thread's messages in the order they arrive.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, protocol, type Results, type Transaction } from "@electric-sql/pglite";
import type { ErrorInfo, Reply, Request, WorkerInit } from "./pglite-thread.js";

const port = parentPort!;
const { dataDir } = workerData as WorkerInit;
const pg = new PGlite(dataDir);

// Named (prepared) statements, as the server has on PostgreSQL (db.ts): each distinct SQL text is
// parsed and described once, and from then on a query is one round trip into PostgreSQL — Bind,
// Execute and Sync in a single buffer — where PGlite's query() sends Parse, Describe, Bind,
// Describe, Execute and Sync one by one and copies its parsers into a new object for every query.
// Prisma's SQL texts come from a bounded set of query shapes; past MAX_PREPARED distinct texts the
// rest go through query() unnamed, so the cache cannot grow without bound.
const MAX_PREPARED = 2000;
type Parse = (value: string, typeId: number) => unknown;
interface Prepared {
  name: string;
  paramTypes: number[];
  fields: { name: string; dataTypeID: number }[];
  /** Per set of raw type oids (the caller's parsers): the parser of each column, or null to keep the text. */
  columns: Map<string, (Parse | null)[]>;
}
const prepared = new Map<string, Prepared>();
const { serialize } = protocol;

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

interface Message {
  name: string;
  fields?: unknown[];
  dataTypeIDs?: number[];
  text?: string;
}

async function prepare(sql: string): Promise<Prepared> {
  const name = `gz${prepared.size}`;
  const messages = (await pg.execProtocolStream(concat([serialize.parse({ name, text: sql }), serialize.describe({ type: "S", name }), serialize.sync()]), { syncToFs: false })) as unknown as Message[];
  const params = messages.find((m) => m.name === "parameterDescription");
  const rows = messages.find((m) => m.name === "rowDescription") as { fields: { name: string; dataTypeID: number }[] } | undefined;
  const statement: Prepared = { name, paramTypes: params?.dataTypeIDs ?? [], fields: rows?.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) ?? [], columns: new Map() };
  prepared.set(sql, statement);
  return statement;
}

function columnParsers(statement: Prepared, raw: number[]): (Parse | null)[] {
  const key = raw.join(",");
  let columns = statement.columns.get(key);
  if (!columns) {
    const keep = new Set(raw);
    columns = statement.fields.map((f) => (keep.has(f.dataTypeID) ? null : ((pg.parsers[f.dataTypeID] as Parse | undefined) ?? null)));
    statement.columns.set(key, columns);
  }
  return columns;
}

const AFFECTING = new Set(["INSERT", "UPDATE", "DELETE", "COPY", "MERGE"]);

async function runPrepared(sql: string, params: unknown[], raw: number[], inTransaction: boolean): Promise<Results<unknown[]>> {
  const statement = prepared.get(sql) ?? (await prepare(sql));
  const values = params.map((v, i) => {
    if (v === null || v === undefined) return null;
    const serializer = pg.serializers[statement.paramTypes[i]!];
    return serializer ? serializer(v) : (v as { toString(): string }).toString();
  });
  const messages = (await pg.execProtocolStream(concat([serialize.bind({ statement: statement.name, values: values as string[] }), serialize.execute({}), serialize.sync()]), { syncToFs: false })) as unknown as Message[];
  if (!inTransaction) await pg.syncToFs();
  const columns = columnParsers(statement, raw);
  const rows: unknown[][] = [];
  let affectedRows = 0;
  for (const m of messages) {
    if (m.name === "dataRow") {
      const fields = m.fields as (string | null)[];
      const row = new Array<unknown>(fields.length);
      for (let i = 0; i < fields.length; i++) {
        const v = fields[i]!;
        const parse = columns[i];
        row[i] = v === null || !parse ? v : parse(v, statement.fields[i]!.dataTypeID);
      }
      rows.push(row);
    } else if (m.name === "commandComplete") {
      const words = m.text!.split(" ");
      if (AFFECTING.has(words[0]!)) affectedRows += Number.parseInt(words[words.length - 1]!, 10) || 0;
    }
  }
  return { rows, fields: statement.fields, affectedRows };
}

/** A query by a named statement: outside a transaction it waits for any open one, as PGlite's query() does. */
async function queryPrepared(sql: string, params: unknown[], raw: number[], inTransaction: boolean): Promise<Results<unknown[]>> {
  // query() waits for the database to be ready; so must this (the first queries arrive while it opens).
  if (!pg.ready) await pg.waitReady;
  const run = () =>
    pg._runExclusiveQuery(async () => {
      try {
        return await runPrepared(sql, params, raw, inTransaction);
      } catch (e) {
        // A table changed under a kept statement (DDL at run time): forget it and prepare again, once.
        if ((e as { code?: string }).code !== "0A000" || !prepared.has(sql)) throw e;
        const stale = prepared.get(sql)!;
        prepared.delete(sql);
        await pg.execProtocolStream(concat([serialize.close({ type: "S", name: stale.name }), serialize.sync()]), { syncToFs: false });
        return await runPrepared(sql, params, raw, inTransaction);
      }
    });
  return inTransaction ? run() : pg._runExclusiveTransaction(run);
}

/** Identity parsers for the type oids the server thread parses itself (unnamed queries past MAX_PREPARED). */
const rawParsers = new Map<string, Record<number, (v: string) => string>>();
function rawFor(oids: number[]): Record<number, (v: string) => string> {
  const key = oids.join(",");
  let p = rawParsers.get(key);
  if (!p) {
    p = Object.fromEntries(oids.map((oid) => [oid, (v: string) => v]));
    rawParsers.set(key, p);
  }
  return p;
}

interface OpenTx {
  tx: Transaction;
  /** The transaction's operations run one after another, in the order they were sent. */
  chain: Promise<unknown>;
  finish: () => void;
  settled: Promise<void>;
}
const txs = new Map<number, OpenTx>();
const unlisteners = new Map<number, () => Promise<void>>();

function send(reply: Reply) {
  port.postMessage(reply);
}

function errorOf(e: unknown): ErrorInfo {
  const err = e as Record<string, unknown> & Error;
  const fields: Record<string, unknown> = {};
  for (const k of ["code", "severity", "detail", "hint", "position", "schema", "table", "column", "dataType", "constraint", "where", "file", "line", "routine", "length"]) {
    if (err && err[k] !== undefined) fields[k] = err[k];
  }
  return { message: err?.message ?? String(e), name: err?.name ?? "Error", database: err instanceof Error && "severity" in err && "code" in err, fields };
}

async function answer(id: number, run: () => Promise<unknown>) {
  try {
    send({ id, ok: true, result: await run() });
  } catch (e) {
    send({ id, ok: false, error: errorOf(e) });
  }
}

function onTx<T>(txId: number, run: (tx: Transaction) => Promise<T>): Promise<T> {
  const open = txs.get(txId);
  if (!open) return Promise.reject(new Error(`transaction ${txId} is not open`));
  const next = open.chain.then(() => run(open.tx));
  open.chain = next.catch(() => undefined);
  return next;
}

port.on("message", (m: Request) => {
  switch (m.op) {
    case "query": {
      const named = prepared.has(m.sql) || prepared.size < MAX_PREPARED;
      const options = { rowMode: "array" as const, parsers: rawFor(m.raw) };
      const unnamed = (q: Pick<PGlite, "query">): Promise<unknown> => q.query(m.sql, m.params, options).then((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
      if (m.tx === undefined) void answer(m.id, () => (named ? queryPrepared(m.sql, m.params, m.raw, false) : unnamed(pg)));
      else void answer(m.id, () => onTx<unknown>(m.tx!, (tx) => (named ? queryPrepared(m.sql, m.params, m.raw, true) : unnamed(tx))));
      return;
    }
    case "exec":
      void answer(m.id, async () => {
        const results = m.tx === undefined ? await pg.exec(m.sql) : await onTx(m.tx, (tx) => tx.exec(m.sql));
        return results.map((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
      });
      return;
    case "begin": {
      let finish = () => undefined as void;
      const done = new Promise<void>((resolve) => (finish = resolve));
      let begun = false;
      const settled = pg
        .transaction(async (tx) => {
          txs.set(m.tx, { tx, chain: Promise.resolve(), finish, settled });
          begun = true;
          send({ id: m.id, ok: true, result: null });
          await done;
          // Whatever the transaction still had queued (a rollback, say) runs before COMMIT.
          await txs.get(m.tx)?.chain;
        })
        .then(() => undefined);
      settled.catch((e: unknown) => {
        if (!begun) send({ id: m.id, ok: false, error: errorOf(e) });
      });
      return;
    }
    case "rollback":
      void answer(m.id, () => onTx(m.tx, (tx) => (tx.closed ? Promise.resolve() : tx.rollback())));
      return;
    case "end":
      void answer(m.id, async () => {
        const open = txs.get(m.tx);
        if (!open) throw new Error(`transaction ${m.tx} is not open`);
        open.finish();
        try {
          await open.settled;
        } finally {
          txs.delete(m.tx);
        }
        return null;
      });
      return;
    case "listen":
      void answer(m.id, async () => {
        const unlisten = await pg.listen(m.channel, (payload) => send({ notify: m.listener, payload }));
        unlisteners.set(m.listener, unlisten);
        return null;
      });
      return;
    case "unlisten":
      void answer(m.id, async () => {
        await unlisteners.get(m.listener)?.();
        unlisteners.delete(m.listener);
        return null;
      });
      return;
    case "close":
      void answer(m.id, async () => {
        await pg.close();
        return null;
      });
      return;
  }
});

pg.waitReady.then(
  () => send({ ready: true }),
  (e: unknown) => send({ ready: false, error: errorOf(e) }),
);
