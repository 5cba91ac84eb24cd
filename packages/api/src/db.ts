// One Prisma client on a driver adapter: node-postgres for a postgres:// URL, else PGlite
// in-process on a data directory (the embedded default).
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "./generated/prisma/client.js";

export type Db = PrismaClient;
export type { Prisma } from "./generated/prisma/client.js";

export { isPostgresUrl } from "./env.js";
import { isPostgresUrl } from "./env.js";

export interface Database {
  prisma: PrismaClient;
  kind: "postgres" | "pglite";
  /** Close the client and, for PGlite, the database itself ($disconnect does not). */
  close: () => Promise<void>;
}

export function openDatabase(target: string): Database {
  if (isPostgresUrl(target)) {
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: target }) });
    return { prisma, kind: "postgres", close: () => prisma.$disconnect() };
  }
  const dir = path.resolve(target.replace(/^(pglite|file):(\/\/)?/, ""));
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const pglite = new PGlite(dir);
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: "pglite",
    close: async () => {
      await prisma.$disconnect();
      await pglite.close();
    },
  };
}
