// The benches' database housekeeping: run statements on the server's `postgres` database about the
// database a URL names (create, drop, check it exists).
import pg from "pg";

/** Calls `fn` with a client on the server's `postgres` database and the URL's database name, quoted and plain. */
export async function withAdmin<T>(url: string, fn: (admin: pg.Client, db: { name: string; quoted: string }) => Promise<T>): Promise<T> {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    return await fn(admin, { name, quoted: `"${name.replace(/"/g, '""')}"` });
  } finally {
    await admin.end();
  }
}
