// The clerk's queue filters on deadlines, shared by serviceTickets(overdue, dueSoon) and the
// community workbench's counts (modules/indicators), so both select the same tickets.
import type { Prisma } from "../../db.js";
import { communityPath } from "../../shared/authz.js";
import { chinaDay } from "../../shared/chinaTime.js";
import type { Context } from "../../shared/context.js";
import { districtIdOf, requestCalendar } from "./district.js";
import { dueSoonLimit } from "./workdays.js";

/** Open tickets past their deadline (超期), not counting those RETURNED to the resident for materials. */
export const overdueTicketWhere = (now: Date): Prisma.ServiceTicketWhereInput => ({ closedAt: null, status: { not: "RETURNED" }, dueAt: { lt: now } });

/** Open tickets due by the end of the next working day of the community's district (临期), not yet overdue. */
export async function dueSoonTicketWhere(ctx: Context, communityId: string): Promise<Prisma.ServiceTicketWhereInput> {
  const now = ctx.now();
  const cal = await requestCalendar(ctx, districtIdOf((await communityPath(ctx, communityId)) ?? ""), chinaDay(now));
  return { closedAt: null, status: { not: "RETURNED" }, dueAt: { gte: now, lte: dueSoonLimit(now, cal) } };
}
