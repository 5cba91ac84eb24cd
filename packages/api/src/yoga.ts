// graphql-yoga with its plugins: error masking, depth/cost/alias limits, the auth context and
// session cookies. server.ts hosts it under Fastify; tests and benches call yoga.fetch directly.
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { getOperationAST, GraphQLError } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import { inputLimitsPlugin } from "./shared/inputLimits.js";
import { introspectionLimitsPlugin } from "./shared/introspectionLimits.js";
import { publicCachePlugin } from "./shared/publicCache.js";
import type { Db } from "./db.js";
import { renderGraphiQL } from "@graphql-yoga/render-graphiql";
import { env, isProduction } from "./env.js";
import { schema } from "./schema.js";
import type { AuthCache } from "./shared/authCache.js";
import { createContext, freshActorForChange, type Context } from "./shared/context.js";
import { UserError } from "./shared/errors.js";

export const LIMITS = { maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxTokens: 5_000 };

/** The Set-Cookie values a request's resolvers asked for (sign-in, sign-out), sent with its response. */
const cookieJar = new WeakMap<Request, string[]>();
const sessionCookies: Plugin<Context> = {
  onResponse: ({ request, response }) => {
    for (const c of cookieJar.get(request) ?? []) response.headers.append("Set-Cookie", c);
  },
};

export interface GraphQLServerOptions {
  /** The process's session cache (production: kept in step by LISTEN; tests: none, every request reads). */
  authCache?: AuthCache;
}

export function createGraphQLServer(prisma: Db, options: GraphQLServerOptions = {}) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // CORS is the HTTP layer's (@fastify/cors with CORS_ORIGINS); yoga's own would reflect any Origin.
    cors: false,
    // GraphiQL for third-party developers; the schema is public by introspection anyway.
    // Bundled assets (works offline); off in production unless GRAPHIQL=true.
    graphiql: !isProduction || env.GRAPHIQL ? { title: "共治 Gongzhi GraphQL" } : false,
    renderGraphiQL,
    // Unexpected errors reach clients as "Unexpected error." with no stack; expected ones are typed results.
    // A UserError thrown outside a mutation's typed result (e.g. a malformed id in a query's
    // arguments) is still an expected failure: it goes out as it is, with its code and field.
    maskedErrors: {
      isDev: !isProduction,
      maskError: (error, message, isDev) =>
        error instanceof GraphQLError && error.originalError instanceof UserError ? error : maskError(error, message, isDev),
    },
    // CSRF: the session cookie is SameSite=Lax (no cookie on cross-site POSTs) and yoga refuses
    // mutations over GET.
    // Under Fastify the server context carries its request: its `ip` honours TRUST_PROXY.
    context: async ({ request, req }: { request: Request; req?: { ip?: string } }) => {
      try {
        const ctx = await createContext(prisma, request.headers, req?.ip ?? "unknown", options.authCache);
        cookieJar.set(request, ctx.setCookies);
        return ctx;
      } catch (e) {
        // A bad token is 401; a valid client acting for a resident it may not act for is 403.
        if (e instanceof UserError) {
          const status = e.code === "UNAUTHENTICATED" ? 401 : 403;
          throw new GraphQLError(e.message, { extensions: { code: e.code, field: e.field, http: { status } } });
        }
        throw e;
      }
    },
    plugins: plugins(),
  });
}

/** A mutation reads its actor from the database, never from the session cache (context.ts). */
const freshAuthForMutations: Plugin<Context> = {
  onExecute: async ({ args }) => {
    const ctx = args.contextValue;
    if (!ctx.actorFromCache || getOperationAST(args.document, args.operationName)?.operation !== "mutation") return;
    const request = (ctx as Context & { request?: Request }).request;
    if (request) await freshActorForChange(ctx, request.headers);
  },
};

/** The envelop plugins every request goes through (kept as one list). */
function plugins(): Plugin<Context>[] {
  return [
      // First: strings over their limit or with a NUL byte are refused before anything else runs.
      inputLimitsPlugin(LIMITS.maxTokens),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
        costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: isProduction },
      }),
      // Introspection stays open but bounded (the armor limits above skip it).
      introspectionLimitsPlugin(),
      sessionCookies,
      freshAuthForMutations,
      // Anonymous GETs of public* queries: ETag, Cache-Control and an in-process cache (issue #14).
      publicCachePlugin(),

  ];
}
