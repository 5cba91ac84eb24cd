// `pnpm start`: a node:cluster supervisor. On PostgreSQL the primary forks the HTTP workers at once
// and, while they load, applies pending migrations and seeds the demo district on an empty database
// (on a plain `pg` connection: Prisma's client is loaded only to seed); each worker listens once the
// primary says the database is ready. PGlite is single-process, so it gets exactly one worker, which
// migrates and seeds itself. A worker that dies is restarted with a growing backoff. SIGTERM/SIGINT:
// the workers stop accepting, drain in-flight requests (at most SHUTDOWN_TIMEOUT_MS), close the
// database cleanly and exit 0; then the primary exits 0. A current database costs one SELECT to
// check (migrations.ts). Each worker also runs the outbox's delivery worker (shared/outbox/worker.ts),
// stopped on SIGTERM. Start time matters (issue #11: up within 3 s, `pnpm bench:start`): the
// primary imports neither the schema nor the HTTP server nor Prisma, and a worker opens its database
// while the schema is being built.
import cluster, { type Worker } from "node:cluster";
import os from "node:os";
import type { Database } from "./db.js";
import { env, isPostgresUrl } from "./env.js";
import { deployMigrations, pendingMigrations, type RawQuery } from "./migrations.js";
import type * as ServerModule from "./server.js";

const pglite = !isPostgresUrl(env.DATABASE_URL);
const workerCount = pglite ? 1 : (env.WORKERS ?? Math.min(2, os.availableParallelism()));
/** Worker → primary: "tell me when the database is ready"; primary → worker: the answer. */
const WAITING = "gongzhi:waiting-for-database";
const READY = "gongzhi:database-ready";

async function applyPending(query: RawQuery, beforeDeploy?: () => Promise<void>): Promise<boolean> {
  const pending = await pendingMigrations(query);
  if (pending.length === 0) return false;
  console.log(`[migrate] applying ${pending.length} migration(s): ${pending.join(", ")}`);
  await beforeDeploy?.();
  deployMigrations(env.DATABASE_URL);
  return true;
}

/** PGlite: opens the database with every migration applied (closed and reopened around a deploy). */
async function openMigrated(): Promise<Database> {
  const { openDatabase } = await import("./db.js");
  // PGlite's thread lost (it aborted): exit, and the supervisor starts this worker again.
  const onLost = (e: Error) => {
    console.error("[db] the embedded database stopped:", e);
    process.exit(1);
  };
  const db = openDatabase(env.DATABASE_URL, { onLost });
  const deployed = await applyPending((sql) => db.prisma.$queryRawUnsafe(sql), () => db.close());
  return deployed ? openDatabase(env.DATABASE_URL, { onLost }) : db;
}

/** PostgreSQL, in the primary: pending migrations, then the demo district when the database is empty. */
async function preparePostgres(): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  let empty: boolean;
  try {
    await applyPending(async <T>(sql: string) => (await client.query(sql)).rows as T[]);
    empty = (await client.query(`SELECT 1 FROM "Region" LIMIT 1`)).rowCount === 0;
  } finally {
    await client.end();
  }
  if (!empty || !env.SEED_DEMO) return;
  const { openDatabase } = await import("./db.js");
  const db = openDatabase(env.DATABASE_URL);
  try {
    await seed(db);
  } finally {
    await db.close();
  }
}

async function seed(db: Database) {
  if (!env.SEED_DEMO) return;
  const { seedDemoIfEmpty } = await import("./seed/demo.js");
  const accounts = await seedDemoIfEmpty(db.prisma);
  if (accounts) {
    console.log("\n演示数据已生成 (demo data seeded). Demo accounts:");
    console.table(accounts);
  }
}

/** The HTTP server of one worker: the only place that knows the server's API. */
async function startServer(db: Database, serverModule: Promise<typeof ServerModule>): Promise<{ close(): Promise<void>; forceClose(): void }> {
  const { createHttpServer } = await serverModule;
  // The session cache: used only while its LISTEN connection is up (shared/authCache.ts).
  const { AuthCache, listenForAuthChanges } = await import("./shared/authCache.js");
  const authCache = new AuthCache();
  const authListener = listenForAuthChanges(authCache, db.pglite ? { pglite: db.pglite } : { url: env.DATABASE_URL });
  const app = await createHttpServer(db.prisma, { webDist: env.WEB_DIST, trustProxy: env.TRUST_PROXY, corsOrigins: env.CORS_ORIGINS, authCache });
  await authListener.ready; // connected (or failed: then the cache stays off until it reconnects)
  await app.listen({ port: env.PORT, host: env.HOST });
  return {
    // Fastify stops accepting, lets in-flight requests finish and closes idle keep-alive sockets.
    close: async () => {
      await app.close();
      await authListener.stop();
    },
    forceClose: () => app.server.closeAllConnections(),
  };
}

async function runWorker() {
  // PostgreSQL: the primary migrates (and seeds) while this worker loads; ask now, listen once told.
  const databaseReady = pglite
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        const onMessage = (m: unknown) => {
          if (m !== READY) return;
          process.off("message", onMessage);
          resolve();
        };
        process.on("message", onMessage);
        process.send?.(WAITING);
      });
  // The database starts opening first, so its WebAssembly (PGlite, Prisma's query compiler) compiles
  // on V8's background threads while this thread evaluates the schema and server modules
  // (measured: 3.0 s to a listening server, against 4.3 s the other way round).
  const { openDatabase } = await import("./db.js");
  const dbReady = pglite ? openMigrated() : Promise.resolve(openDatabase(env.DATABASE_URL));
  dbReady.catch(() => undefined); // awaited below; this only keeps an early failure from being "unhandled"
  await new Promise((resolve) => setTimeout(resolve, 50));
  const serverModule = import("./server.js");
  const db = await dbReady;
  if (pglite) await seed(db);
  await databaseReady;
  const server = await startServer(db, serverModule);
  // The outbox's delivery worker (shared/outbox): every worker process runs one; on PostgreSQL a
  // lease per subscriber lets one process deliver for it at a time, and NOTIFY wakes the others.
  const { startOutboxWorker } = await import("./shared/outbox/worker.js");
  const outbox = startOutboxWorker(db.prisma, { exclusive: db.kind === "pglite", listenUrl: db.kind === "postgres" ? env.DATABASE_URL : undefined });
  // The indicator cells (modules/indicators/cells.ts): the communities changed since are recomputed every minute.
  const { startCellsSweep } = await import("./modules/indicators/cells.js");
  const sweep = startCellsSweep(db.prisma);
  if (cluster.worker?.id === 1 || !cluster.isWorker) {
    console.log(`\n共治 Gongzhi is running: http://localhost:${env.PORT}/  (GraphQL: http://localhost:${env.PORT}/graphql)`);
    console.log(`Database: ${db.kind === "pglite" ? `embedded PGlite at ${env.DATABASE_URL}` : "PostgreSQL (DATABASE_URL)"}; ${workerCount} worker(s)`);
  }
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    const force = setTimeout(() => server.forceClose(), env.SHUTDOWN_TIMEOUT_MS);
    force.unref();
    // Deliveries under way finish (acknowledged, or redelivered by the next start) while requests drain.
    const outboxStopped = Promise.race([outbox.stop(), new Promise((resolve) => setTimeout(resolve, env.SHUTDOWN_TIMEOUT_MS).unref())]);
    await server.close();
    clearTimeout(force);
    await Promise.all([outboxStopped, sweep.stop()]);
    await db.close();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
}

async function runPrimary() {
  let stopping = false;
  // PostgreSQL: workers start loading now; they listen once the database is migrated (and seeded).
  let databaseReady = pglite;
  const waiting = new Set<Worker>();
  cluster.on("message", (worker: Worker, m: unknown) => {
    if (m !== WAITING) return;
    if (databaseReady) worker.send(READY);
    else waiting.add(worker);
  });
  if (!pglite) {
    preparePostgres().then(
      () => {
        databaseReady = true;
        for (const w of waiting) if (w.isConnected()) w.send(READY);
        waiting.clear();
      },
      (err: unknown) => {
        console.error("[start] the database could not be prepared:", err);
        stopping = true;
        for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
        process.exit(1);
      },
    );
  }
  let failures = 0;
  let lastStart = 0;
  const fork = () => {
    lastStart = Date.now();
    cluster.fork();
  };
  cluster.on("exit", (worker: Worker, code, signal) => {
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    // Quick successive crashes back off (0.1 s, 0.2 s, … up to 5 s); a worker that ran 10 s resets it.
    failures = Date.now() - lastStart > 10_000 ? 1 : failures + 1;
    const delay = Math.min(5000, 100 * 2 ** (failures - 1));
    console.error(`[supervisor] worker ${worker.process.pid} exited (${signal ?? `code ${code}`}); restarting in ${delay} ms`);
    setTimeout(fork, delay);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    if (workers.length === 0) process.exit(0);
    for (const w of workers) w.process.kill("SIGTERM");
    // A worker that does not finish draining plus closing the database in time is killed.
    setTimeout(() => {
      for (const w of Object.values(cluster.workers ?? {})) w?.process.kill("SIGKILL");
      process.exit(1);
    }, env.SHUTDOWN_TIMEOUT_MS + 5000).unref();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  for (let i = 0; i < workerCount; i++) fork();
}

if (cluster.isPrimary) await runPrimary();
else await runWorker();
