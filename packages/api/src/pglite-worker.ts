// The embedded PGlite on a thread of its own (see pglite-thread.ts for why and for the protocol).
// This file runs inside a worker_threads Worker: it owns the one PGlite instance and answers the
// server thread's messages in the order they arrive.
import { parentPort, workerData } from "node:worker_threads";
import { PGlite, type Transaction } from "@electric-sql/pglite";
import type { ErrorInfo, Reply, Request, WorkerInit } from "./pglite-thread.js";

const port = parentPort!;
const { dataDir } = workerData as WorkerInit;
const pg = new PGlite(dataDir);

/** Identity parsers for the type oids the server thread parses itself (the adapter's parsers are functions and cannot cross threads). */
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
      const options = { rowMode: "array" as const, parsers: rawFor(m.raw) };
      const run = (q: Pick<PGlite, "query">) => q.query(m.sql, m.params, options).then((r) => ({ rows: r.rows, fields: r.fields, affectedRows: r.affectedRows }));
      void answer(m.id, () => (m.tx === undefined ? run(pg) : onTx(m.tx, run)));
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
