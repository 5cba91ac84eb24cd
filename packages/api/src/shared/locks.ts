// "Only once" is decided inside the transaction: a command that must not happen twice locks the
// row it is about (SELECT … FOR UPDATE) and re-reads what it checks after the lock. Concurrent
// commands on the same row then run one after the other; the second sees the first's effect and
// answers with its typed refusal. Works the same on PostgreSQL and PGlite.
import { Prisma } from "../generated/prisma/client.js";
import type { Tx } from "./service.js";


/** Tables whose rows commands lock. The table name comes from this fixed list, never from input. */
const LOCKABLE = [
  "Account",
  "AgendaItem",
  "CharterVersion",
  "Committee",
  "CommitteeTerm",
  "Community",
  "CommunityNeed",
  "Meeting",
  "PointsAccount",
  "PointsClaim",
  "Project",
  "Redemption",
  "Reward",
  "ServiceRoom",
  "ServiceTicket",
  "ServiceVisit",
  "Sponsorship",
  "Topic",
  "VolunteerActivity",
  "VolunteerCommittee",
  "VolunteerSignUp",
  "VolunteerTeam",
] as const;
export type LockableTable = (typeof LOCKABLE)[number];

/** Lock one row for the rest of the transaction; true when it exists. */
export async function lockRow(tx: Tx, table: LockableTable, id: string): Promise<boolean> {
  if (!LOCKABLE.includes(table)) throw new Error(`lockRow: ${table} is not lockable`);
  const rows = await tx.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT id FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${id}::uuid FOR UPDATE`);
  return rows.length === 1;
}
