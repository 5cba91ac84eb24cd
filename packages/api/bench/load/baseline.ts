// The raw-SQL baseline of `pnpm bench:load` (never part of the product): node:http workers under
// node:cluster, as many as Gongzhi runs, each with a node-postgres pool of the same default size
// (10). POST /<operation index> with a JSON array of parameters runs that operation's one
// statement and answers {"data": …} with the JSON PostgreSQL built. Started by load.ts with
// BASELINE_DATABASE_URL, BASELINE_PORT and BASELINE_WORKERS.
import cluster from "node:cluster";
import http from "node:http";
import pg from "pg";
import { OPERATIONS } from "./operations.js";

const { BASELINE_DATABASE_URL: url, BASELINE_PORT: port = "4798", BASELINE_WORKERS: workers = "1" } = process.env;
if (!url) throw new Error("BASELINE_DATABASE_URL is required");

if (cluster.isPrimary) {
  for (let i = 0; i < Number(workers); i++) cluster.fork();
  let ready = 0;
  cluster.on("message", (_w, m) => {
    if (m === "listening" && ++ready === Number(workers)) process.send?.("ready");
  });
  const stop = () => {
    for (const w of Object.values(cluster.workers ?? {})) w?.kill();
    process.exit(0);
  };
  process.on("SIGTERM", stop).on("SIGINT", stop);
} else {
  const pool = new pg.Pool({ connectionString: url });
  const statements = OPERATIONS.map((op) => op.sql);
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const sql = statements[Number(req.url?.slice(1))];
      if (req.method !== "POST" || sql === undefined) {
        res.writeHead(404).end();
        return;
      }
      const params = JSON.parse(Buffer.concat(chunks).toString() || "[]") as unknown[];
      pool.query<{ data: string }>(sql, params).then(
        (r) => {
          res.writeHead(200, { "content-type": "application/json" }).end(`{"data":${r.rows[0]?.data ?? "null"}}`);
        },
        (e: unknown) => {
          res.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(e) }] }));
        },
      );
    });
  });
  server.keepAliveTimeout = 60_000;
  server.listen(Number(port), "127.0.0.1", () => process.send?.("listening"));
  process.on("SIGTERM", () => {
    server.close();
    void pool.end().then(() => process.exit(0));
  });
}
