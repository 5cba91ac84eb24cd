// One Prisma client on a driver adapter: node-postgres for a postgres:// URL, else PGlite
// in-process on a data directory (the embedded default).
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";
import { PGliteThread, type EmbeddedDb } from "./pglite-thread.js";

export type Db = PrismaClient;
export type { Prisma } from "./generated/prisma/client.js";

export { isPostgresUrl } from "./env.js";
import { isPostgresUrl } from "./env.js";

export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  /** The embedded database itself (PGlite only, on its own thread: pglite-thread.ts): LISTEN on it (shared/authCache.ts). */
  pglite?: EmbeddedDb;
  /** Close the client and, for PGlite, the database itself ($disconnect does not). */
  close: () => Promise<void>;
}

export interface OpenOptions {
  /** Called with every SQL statement the client sends and its parameters as JSON (the statement-count tests and bench:ledger's EXPLAIN use it). */
  onStatement?: (sql: string, params: string) => void;
  /** PGlite: its thread stopped without being closed (the server exits so its supervisor starts it again). */
  onLost?: (e: Error) => void;
}

// Named (prepared) statements: PostgreSQL parses and plans a statement once per connection, and
// node-postgres skips the Parse message on its next use, instead of both happening on every query
// (issue #13: parse + bind cost as much as the execution of our small reads). Prisma's SQL texts
// come from a bounded set of query shapes; past STATEMENT_NAMES distinct texts (a dynamic
// IN-list gone wild, say) the rest run unnamed, so neither side's cache grows without bound.
const STATEMENT_NAMES = 2000;
const statementNames = new Map<string, string>();
/**
 * A statement whose SQL starts with this comment runs unnamed, so PostgreSQL plans it for its
 * parameters on every call. A named statement gets a generic plan after its fifth execution when
 * that looks as cheap, and for the indicators' aggregates over a period (regionOverview) the generic
 * plan, blind to the period's bounds, ran 4–6× slower than the custom one (pnpm bench:indicators).
 */
export const PLAN_PER_CALL = "/* plan per call */";
function statementName(query: { sql: string }): string {
  if (query.sql.startsWith(PLAN_PER_CALL)) return "";
  const known = statementNames.get(query.sql);
  if (known !== undefined) return known;
  // "" is no name: node-postgres then sends an unnamed statement, as without a generator.
  const name = statementNames.size < STATEMENT_NAMES ? `gz_${createHash("sha1").update(query.sql).digest("base64url")}` : "";
  if (name) statementNames.set(query.sql, name);
  return name;
}

function client(adapter: NonNullable<ConstructorParameters<typeof PrismaClient>[0]["adapter"]>, options: OpenOptions): PrismaClient {
  if (!options.onStatement) return new PrismaClient({ adapter });
  const prisma = new PrismaClient({ adapter, log: [{ emit: "event", level: "query" }] });
  const onStatement = options.onStatement;
  prisma.$on("query", (e) => onStatement(e.query, e.params));
  return prisma;
}

export function openDatabase(target: string, options: OpenOptions = {}): Database {
  if (isPostgresUrl(target)) {
    // jit=off: the API's statements are short reads and writes; PostgreSQL's JIT compiled the
    // indicators' aggregate statement (costed above jit_above_cost) for ~2 s to save milliseconds.
    const prisma = client(new PrismaPg({ connectionString: target, options: "-c jit=off" }, { statementNameGenerator: statementName }), options);
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const dir = path.resolve(target.replace(/^(pglite|file):(\/\/)?/, ""));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = new PGliteThread(dir, options.onLost);
  // The adapter uses query, exec and transaction, which PGliteThread answers as PGlite does.
  const prisma = client(new PrismaPGlite(pglite as unknown as PGlite), options);
  return {
    prisma,
    kind: "pglite",
    pglite,
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
