// pnpm --filter @gongzhi/api points:check — recompute every points balance and monthly aggregate from
// the ledger's entries and list each difference. Exit 0: all match; 1: differences (listed); 2: failure.
import { openDatabase } from "../db.js";
import { env } from "../env.js";
import { checkPoints } from "../modules/points/check.js";

async function main(): Promise<number> {
  const db = openDatabase(env.DATABASE_URL);
  try {
    const t0 = performance.now();
    const r = await checkPoints(db.prisma);
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`积分核对 (points check, ${db.kind}): ${r.entries} entries, ${r.accounts} accounts, ${r.monthlyRows} monthly rows in ${seconds}s`);
    if (r.differences.length === 0) {
      console.log("✓ every balance, total and monthly aggregate equals the sum of its entries");
      return 0;
    }
    console.log(`✗ ${r.differences.length} difference(s):`);
    for (const d of r.differences.slice(0, 200)) {
      console.log(`  account ${d.accountId} (community ${d.communityId}) ${d.figure}${d.month ? ` ${d.month}` : ""}: stored ${d.stored}, from entries ${d.computed}`);
    }
    if (r.differences.length > 200) console.log(`  … and ${r.differences.length - 200} more`);
    return 1;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error("points check failed:", err);
    process.exit(2);
  },
);
