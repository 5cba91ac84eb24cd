// pnpm --filter @gongzhi/api seed: seed the demo district into an empty database and print the demo accounts.
import { openDatabase } from "../db.js";
import { env } from "../env.js";
import { seedDemoIfEmpty, type DemoAccount } from "./demo.js";

/** A plain-text table; CJK characters take two columns. */
function formatAccounts(accounts: DemoAccount[]): string {
  const width = (s: string) => [...s].reduce((w, ch) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const padTo = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
  const header = ["username", "password", "role", "scope", "displayName"];
  const rows = accounts.map((a) => [a.username, a.password, a.role, a.scope, a.displayName]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const line = (cells: string[]) => cells.map((c, i) => padTo(c, widths[i] ?? 0)).join("  ").trimEnd();
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...rows.map(line)].join("\n");
}

async function main() {
  const db = openDatabase(env.DATABASE_URL);
  try {
    const t0 = performance.now();
    const accounts = await seedDemoIfEmpty(db.prisma);
    if (!accounts) {
      console.log("database already has data; nothing seeded");
      return;
    }
    const seconds = ((performance.now() - t0) / 1000).toFixed(1);
    console.log(`Seeded the demo district 江海区 (${db.kind}) in ${seconds}s. Demo accounts:\n`);
    console.log(formatAccounts(accounts));
  } finally {
    await db.close();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error("seed failed:", err);
    process.exit(1);
  },
);
