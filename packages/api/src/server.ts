// yoga + plugins: error masking, depth/cost/alias limits, the auth context, session cookies, and
// (for `pnpm start`) the built SPA served from the same port.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { EnvelopArmorPlugin } from "@escape.tech/graphql-armor";
import { GraphQLError } from "graphql";
import { createYoga, maskError, type Plugin } from "graphql-yoga";
import type { Db } from "./db.js";
import { isProduction } from "./env.js";
import { handleFilesRequest, isFilesPath } from "./modules/files/files.route.js";
import { schema } from "./schema.js";
import { createContext, type Context } from "./shared/context.js";
import { inputLimitsPlugin } from "./shared/inputLimits.js";
import { UserError } from "./shared/errors.js";

export const LIMITS = { maxDepth: 12, maxCost: 20_000, maxAliases: 30, maxTokens: 5_000 };

/** The Set-Cookie values a request's resolvers asked for (sign-in, sign-out), sent with its response. */
const cookieJar = new WeakMap<Request, string[]>();
const sessionCookies: Plugin<Context> = {
  onResponse: ({ request, response }) => {
    for (const c of cookieJar.get(request) ?? []) response.headers.append("Set-Cookie", c);
  },
};

export function createGraphQLServer(prisma: Db) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: "/graphql",
    landingPage: false,
    // GraphiQL for third-party developers; the schema is public by introspection anyway.
    graphiql: { title: "共治 Gongzhi GraphQL" },
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
    context: async ({ request, req }: { request: Request; req?: http.IncomingMessage }) => {
      try {
        const ctx = await createContext(prisma, request.headers, req?.socket.remoteAddress ?? "unknown");
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
    plugins: [
      inputLimitsPlugin(LIMITS.maxTokens),
      EnvelopArmorPlugin({
        maxDepth: { n: LIMITS.maxDepth, ignoreIntrospection: true },
        costLimit: { maxCost: LIMITS.maxCost, ignoreIntrospection: true },
        maxAliases: { n: LIMITS.maxAliases },
        maxTokens: { n: LIMITS.maxTokens },
        maxDirectives: { n: 20 },
        blockFieldSuggestion: { enabled: isProduction },
      }),
      sessionCookies,
    ],
  });
}

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

/** One port: /graphql goes to yoga, everything else is the built SPA (index.html for client routes). */
export function createHttpServer(prisma: Db, webDist: string | null) {
  const yoga = createGraphQLServer(prisma);
  const root = webDist && fs.existsSync(path.join(webDist, "index.html")) ? path.resolve(webDist) : null;
  return http.createServer((req, res) => {
    let url: URL;
    let pathname: string;
    try {
      url = new URL(req.url ?? "/", "http://localhost");
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed request line or percent-escape (`/%ZZ`) is the client's error: 400, and serve on.
      res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad Request");
      return;
    }
    if (url.pathname === "/healthz") {
      res.writeHead(200, { "content-type": "text/plain" }).end("ok");
      return;
    }
    // projects: uploaded photos and receipts, GET /files/<id> (access checked in modules/files/files.route.ts)
    if (isFilesPath(url.pathname)) return void handleFilesRequest(prisma, req, res);
    if (url.pathname.startsWith("/graphql") || !root) return void yoga(req, res);
    const file = path.resolve(root, `.${pathname}`);
    const inside = file.startsWith(root + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(root, "index.html");
    const ext = path.extname(target);
    res.writeHead(200, {
      "content-type": MIME[ext] ?? "application/octet-stream",
      "cache-control": target.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
      "x-content-type-options": "nosniff",
    });
    fs.createReadStream(target).pipe(res);
  });
}
