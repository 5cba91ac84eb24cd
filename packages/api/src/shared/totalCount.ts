// A connection's totalCount without its COUNT statement when the page already holds every row:
// the first page asked forward from the start (no after, before or last) that came back shorter
// than asked (hasNextPage false) has exactly edges.length rows in all. Most lists in a community
// are that short (a village's topics, its committees, an activity's sign-ups), so the common read
// costs one statement instead of two. Otherwise the connection's own count runs as before.
//
// Only for root connections (plugin-prisma's prismaConnection, whose totalCount is a function run
// on demand) that fetched their rows: a document asking a connection for nothing but totalCount
// fetches no rows (its edges are empty, not the list), so those are marked rowless and counted.
import { getNamedType, isObjectType, Kind, type FieldNode, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";

/** What Pothos's connection resolvers hand the connection type's fields (plugin-prisma's wrapConnectionResult). */
interface ConnectionShape {
  args?: { after?: unknown; before?: unknown; last?: unknown };
  edges?: unknown[];
  pageInfo?: { hasNextPage?: boolean };
  totalCount?: unknown;
}

/** Connections whose rows were fetched (the document asked for more than totalCount). */
const fetched = new WeakSet<object>();

/** The page holds every row: the first forward page and nothing after it. */
export function countFromPage(connection: unknown): number | null {
  const c = connection as ConnectionShape | null;
  if (!c || !Array.isArray(c.edges) || !c.args || !c.pageInfo) return null;
  if (c.args.after != null || c.args.before != null || c.args.last != null || c.pageInfo.hasNextPage !== false) return null;
  return c.edges.length;
}

/** plugin-prisma's own test (prismaConnection's totalCountOnly): rows are fetched unless every selection is the field totalCount or __typename. */
export const fetchesRows = (fieldNodes: readonly FieldNode[]) =>
  !fieldNodes.every((n) => n.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === "totalCount" || s.name.value === "__typename")));

const mark = (result: unknown) => {
  if (result && typeof result === "object") fetched.add(result);
  return result;
};

type Resolver = GraphQLFieldResolver<unknown, unknown>;

/** Wraps every prisma connection's totalCount (pothosPrismaTotalCount) with countFromPage, for connections that fetched their rows. */
export function shortcutTotalCounts(schema: GraphQLSchema): GraphQLSchema {
  const connectionTypes = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    const field = type.getFields().totalCount;
    if (!field?.extensions?.pothosPrismaTotalCount || !field.resolve) continue;
    connectionTypes.add(type.name);
    const resolve = field.resolve as Resolver;
    field.resolve = (parent, args, ctx, info) => {
      if (parent && typeof parent === "object" && typeof (parent as ConnectionShape).totalCount === "function" && fetched.has(parent)) {
        const n = countFromPage(parent);
        if (n !== null) return n;
      }
      return resolve(parent, args, ctx, info);
    };
  }
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      if (!connectionTypes.has(getNamedType(field.type).name) || !field.resolve) continue;
      const resolve = field.resolve as Resolver;
      field.resolve = (parent, args, ctx, info: GraphQLResolveInfo) => {
        const result = resolve(parent, args, ctx, info);
        if (!fetchesRows(info.fieldNodes)) return result;
        return result && typeof (result as PromiseLike<unknown>).then === "function" ? (result as PromiseLike<unknown>).then(mark) : mark(result);
      };
    }
  }
  return schema;
}
