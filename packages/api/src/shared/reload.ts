// A mutation's service returns the changed row; the client's selection (counts, computed fields,
// relations) is then loaded with Pothos's `query` in one statement. Every prismaField mutation
// resolves through this, so a result never lacks a field it was asked for.
import type { Prisma } from "../db.js";
import type { Context } from "./context.js";

type ModelKey = Uncapitalize<Prisma.ModelName>;
interface Delegate {
  findUniqueOrThrow(args: { where: { id: string } } & object): Promise<unknown>;
}

export async function reload<T extends { id: string }>(ctx: Context, model: ModelKey, query: object, change: T | Promise<T>): Promise<never> {
  const row = await change;
  const delegate = ctx.prisma[model] as unknown as Delegate;
  // A selection of only __typename gives an empty select, which Prisma refuses.
  const q = query as { select?: Record<string, unknown> };
  const selection = q.select && Object.keys(q.select).length === 0 ? { ...query, select: { id: true } } : query;
  return delegate.findUniqueOrThrow({ ...selection, where: { id: row.id } }) as Promise<never>;
}
