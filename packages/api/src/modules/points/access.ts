// What an API client acting for a resident may see of the points: the resident's own account and
// their household's, in any of the client's communities. Staff and clients acting for nobody see
// everything their grants reach.
import type { Prisma } from "../../db.js";
import type { Context } from "../../shared/context.js";
import { actingResident } from "../../shared/actor.js";

const households = new WeakMap<Context, Promise<string | null>>();

/** The household of the resident the client acts for (cached per request). */
function actingHousehold(ctx: Context, residentId: string): Promise<string | null> {
  let p = households.get(ctx);
  if (!p) {
    p = ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { householdId: true } }).then((r) => r?.householdId ?? null);
    households.set(ctx, p);
  }
  return p;
}

/** A where-filter on PointsAccount limiting an app acting for a resident to theirs; {} for everyone else. */
export async function ownAccounts(ctx: Context): Promise<Prisma.PointsAccountWhereInput> {
  const acting = actingResident(ctx);
  if (!acting) return {};
  const household = await actingHousehold(ctx, acting);
  return { OR: [{ residentId: acting }, ...(household ? [{ householdId: household }] : [])] };
}
