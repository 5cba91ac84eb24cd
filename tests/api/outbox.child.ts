// A delivery worker in a process of its own, for outbox.kill.test.ts (run with `node --import tsx`).
//   outbox.child.ts <database> <log file> [<position to hang at>]
// Its subscriber appends every event it receives to the log file (one JSON line, written before
// the handler returns, i.e. before the worker acknowledges it). Given a position, the handler hangs
// on that event forever: received, never acknowledged, until the parent kills the process.
// Without one, it exits once nothing is left to deliver.
import fs from "node:fs";
import { openDatabase } from "@gongzhi/api/src/db.js";
import { startOutboxWorker } from "@gongzhi/api/src/shared/outbox/worker.js";

const [target, log, hangAt] = process.argv.slice(2) as [string, string, string | undefined];
const db = openDatabase(target);
const worker = startOutboxWorker(db.prisma, {
  exclusive: db.kind === "pglite",
  // A killed predecessor's lease lapses quickly (PostgreSQL; PGlite takes it over at start).
  leaseMs: 1000,
  pollMs: 50,
  batchSize: 7,
  subscribers: () => [
    {
      name: "kill-test",
      from: "start",
      handler: async (e) => {
        fs.appendFileSync(log, `${JSON.stringify({ pid: process.pid, id: e.id, position: Number(e.position), subjectId: e.subjectId })}\n`);
        if (hangAt !== undefined && e.position === BigInt(hangAt)) await new Promise(() => undefined);
        // A little work per event, so the kill lands while deliveries are going on.
        await new Promise((r) => setTimeout(r, 2));
      },
    },
  ],
});
if (hangAt === undefined) {
  await worker.idle();
  await worker.stop();
  await db.close();
  process.exit(0);
}
