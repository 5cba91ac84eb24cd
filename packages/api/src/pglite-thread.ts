// The embedded PGlite on a thread of its own (issue #13 item 8).
//
// PGlite is PostgreSQL compiled to WebAssembly: run in the server's thread, every statement's
// parse, plan and execution (and PGlite's own message handling) takes turns with GraphQL on one
// core, while a PostgreSQL server works on the other. Here the PGlite instance lives in a
// worker_threads Worker (pglite-worker.ts) and the server thread talks to it by messages, so SQL
// runs on the second core while the server thread goes on with other requests.
//
// `PGliteThread` offers what the Prisma adapter (pglite-prisma-adapter) and the auth cache's
// LISTEN use of a PGlite: query, exec, transaction (with rollback), listen and close. The
// adapter's result parsers are functions and cannot cross threads: the worker leaves the values
// of those types as PostgreSQL's text and this side applies the adapter's parsers to them, so the
// rows Prisma gets are the ones an in-thread PGlite gives. A database error crosses as its fields
// and is raised again as PGlite's own DatabaseError, which the adapter maps to Prisma's errors
// (a unique violation stays P2002).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { messages, type Results, type Transaction } from "@electric-sql/pglite";

export interface WorkerInit {
  dataDir: string;
}

export interface ErrorInfo {
  message: string;
  name: string;
  /** A PostgreSQL error (has a SQLSTATE code): raised again as PGlite's DatabaseError. */
  database: boolean;
  fields: Record<string, unknown>;
}

type Parser = (value: string, typeId: number) => unknown;

export type Request =
  | { op: "query"; id: number; sql: string; params: unknown[]; raw: number[]; tx?: number }
  | { op: "exec"; id: number; sql: string; tx?: number }
  | { op: "begin"; id: number; tx: number }
  | { op: "rollback"; id: number; tx: number }
  | { op: "end"; id: number; tx: number }
  | { op: "listen"; id: number; channel: string; listener: number }
  | { op: "unlisten"; id: number; listener: number }
  | { op: "close"; id: number };

export type Reply =
  | { id: number; ok: true; result: unknown }
  | { id: number; ok: false; error: ErrorInfo }
  | { notify: number; payload: string }
  | { ready: true }
  | { ready: false; error: ErrorInfo };

type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

function raise(info: ErrorInfo): Error {
  if (info.database) {
    const e = new messages.DatabaseError(info.message, Number(info.fields.length ?? 0), "error");
    Object.assign(e, info.fields);
    return e;
  }
  const e = new Error(info.message);
  e.name = info.name;
  return e;
}

/**
 * The worker: the compiled JavaScript beside this file, or, run from the TypeScript sources (tsx,
 * vitest), a bootstrap that registers tsx's loader in the new thread and then imports the source
 * (Node 20 does not pass loader hooks to worker threads).
 */
function startWorker(init: WorkerInit): Worker {
  if (!import.meta.url.endsWith(".ts")) return new Worker(new URL("./pglite-worker.js", import.meta.url), { workerData: init });
  // tsx/esm/api's ESM entry, by its package's exports (require.resolve would give the CommonJS one).
  const tsxPackage = createRequire(import.meta.url).resolve("tsx/package.json");
  const tsxExports = (JSON.parse(fs.readFileSync(tsxPackage, "utf8")) as { exports: Record<string, { import: { default: string } }> }).exports;
  const tsxApi = pathToFileURL(path.join(path.dirname(tsxPackage), tsxExports["./esm/api"]!.import.default)).href;
  const source = new URL("./pglite-worker.ts", import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: init });
}

export class PGliteThread {
  readonly waitReady: Promise<void>;
  private readonly worker: Worker;
  private nextId = 1;
  private nextTx = 1;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly listeners = new Map<number, (payload: string) => void>();
  private failed: Error | null = null;
  private closing = false;

  /** `onLost`: the thread stopped without being closed (PGlite aborted); every call fails from then on. */
  constructor(dataDir: string, onLost?: (e: Error) => void) {
    this.worker = startWorker({ dataDir });
    let ready!: () => void;
    let notReady!: (e: Error) => void;
    this.waitReady = new Promise<void>((resolve, reject) => {
      ready = resolve;
      notReady = reject;
    });
    // Unhandled if nobody waits for it: every call below fails with the same error anyway.
    this.waitReady.catch(() => undefined);
    this.worker.on("message", (m: Reply) => {
      if ("ready" in m) return m.ready ? ready() : notReady(raise(m.error));
      if ("notify" in m) return this.listeners.get(m.notify)?.(m.payload);
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.ok) p.resolve(m.result);
      else p.reject(raise(m.error));
    });
    const fail = (e: Error) => {
      if (this.failed) return;
      this.failed = e;
      if (!this.closing) onLost?.(e);
      notReady(e);
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`the PGlite thread stopped (exit code ${code})`)));
  }

  private call<T>(request: WithoutId<Request>): Promise<T> {
    if (this.failed) return Promise.reject(this.failed);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ ...request, id });
    });
  }

  private async runQuery<T>(sql: string, params: unknown[] | undefined, options: { parsers?: Record<number, Parser> } | undefined, tx?: number): Promise<Results<T>> {
    const parsers = options?.parsers ?? {};
    const raw = Object.keys(parsers).map(Number);
    const result = await this.call<Results<unknown[]>>({ op: "query", sql, params: params ?? [], raw, tx });
    if (raw.length > 0) {
      const convert = result.fields.map((f) => parsers[f.dataTypeID]);
      if (convert.some(Boolean)) {
        for (const row of result.rows) {
          for (let i = 0; i < convert.length; i++) {
            const parse = convert[i];
            if (parse && row[i] !== null) row[i] = parse(row[i] as string, result.fields[i]!.dataTypeID);
          }
        }
      }
    }
    return result as unknown as Results<T>;
  }

  /** Rows as arrays (the adapter asks for rowMode "array"; the object mode is not offered). */
  query<T>(sql: string, params?: unknown[], options?: { rowMode?: "array"; parsers?: Record<number, Parser> }): Promise<Results<T>> {
    return this.runQuery(sql, params, options);
  }

  exec(sql: string): Promise<Results[]> {
    return this.call({ op: "exec", sql });
  }

  async transaction<T>(callback: (tx: Transaction) => Promise<T>): Promise<T> {
    const txId = this.nextTx++;
    await this.call({ op: "begin", tx: txId });
    let closed = false;
    const open = () => {
      if (closed) throw new Error("Transaction is closed");
    };
    const tx = {
      query: <R>(sql: string, params?: unknown[], options?: { parsers?: Record<number, Parser> }) => (open(), this.runQuery<R>(sql, params, options, txId)),
      exec: (sql: string) => (open(), this.call<Results[]>({ op: "exec", sql, tx: txId })),
      rollback: async () => {
        open();
        closed = true;
        await this.call({ op: "rollback", tx: txId });
      },
      get closed() {
        return closed;
      },
    } as unknown as Transaction;
    let result: T;
    try {
      result = await callback(tx);
    } catch (e) {
      if (!closed) {
        closed = true;
        await this.call({ op: "rollback", tx: txId }).catch(() => undefined);
      }
      await this.call({ op: "end", tx: txId }).catch(() => undefined);
      throw e;
    }
    closed = true;
    await this.call({ op: "end", tx: txId });
    return result;
  }

  async listen(channel: string, callback: (payload: string) => void): Promise<() => Promise<void>> {
    const listener = this.nextId++;
    this.listeners.set(listener, callback);
    try {
      await this.call({ op: "listen", channel, listener });
    } catch (e) {
      this.listeners.delete(listener);
      throw e;
    }
    return async () => {
      this.listeners.delete(listener);
      await this.call({ op: "unlisten", listener });
    };
  }

  /** Close the database (its files are left consistent) and stop the thread. */
  async close(): Promise<void> {
    if (!this.failed) await this.call({ op: "close" });
    this.closing = true;
    await this.worker.terminate();
  }
}

/** What the rest of the server uses of the embedded database directly (the auth cache's LISTEN, closing). */
export type EmbeddedDb = Pick<PGliteThread, "listen" | "close">;
