// `pnpm start`: open the database (migrations were applied by `pnpm db:deploy` just before),
// seed the demo district on an empty database, and serve the API and the SPA on one port.
import { openDatabase } from "./db.js";
import { env } from "./env.js";
import { seedDemoIfEmpty } from "./seed/demo.js";
import { createHttpServer } from "./server.js";

const db = openDatabase(env.DATABASE_URL);
if (env.SEED_DEMO) {
  const accounts = await seedDemoIfEmpty(db.prisma);
  if (accounts) {
    console.log("\n演示数据已生成 (demo data seeded). Demo accounts:");
    console.table(accounts);
  }
}
const app = await createHttpServer(db.prisma, { webDist: env.WEB_DIST, trustProxy: env.TRUST_PROXY, corsOrigins: env.CORS_ORIGINS });
await app.listen({ port: env.PORT, host: env.HOST });
{
  console.log(`\n共治 Gongzhi is running: http://localhost:${env.PORT}/  (GraphQL: http://localhost:${env.PORT}/graphql)`);
  console.log(`Database: ${db.kind === "pglite" ? `embedded PGlite at ${env.DATABASE_URL}` : "PostgreSQL (DATABASE_URL)"}`);
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await app.close();
  await db.close();
  process.exit(0);
};
process.on("SIGINT", () => void stop());
process.on("SIGTERM", () => void stop());
