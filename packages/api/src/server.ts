// The HTTP layer: Fastify 5 hosting graphql-yoga on /graphql, the built SPA (precompressed
// brotli/gzip files, index.html for client routes), compression, security headers, a 1 MB body
// limit, and one error handler (4xx answered as such, anything else logged and answered 500).
import fs from "node:fs";
import path from "node:path";
import compress from "@fastify/compress";
import cors from "@fastify/cors";
import helmet from "@fastify/helmet";
import fastifyStatic from "@fastify/static";
import Fastify, { type FastifyInstance } from "fastify";
import type { Db } from "./db.js";
import type { AuthCache } from "./shared/authCache.js";
import { isProduction } from "./env.js";
import { serveFile } from "./modules/projects/files.route.js";
import { createGraphQLServer } from "./yoga.js";

export { createGraphQLServer, LIMITS } from "./yoga.js";

export interface HttpOptions {
  /** The built SPA's directory (served when it holds index.html). */
  webDist?: string | null;
  /** Fastify's trustProxy (request.ip from X-Forwarded-For). */
  trustProxy?: boolean | string | number;
  /** Origins allowed cross-origin with credentials (default: none, same origin only). */
  corsOrigins?: string[];
  /** The process's session cache (see shared/authCache.ts). */
  authCache?: AuthCache;
  /** Log requests' errors (off in tests). */
  logger?: boolean;
}

/** JSON bodies above this are refused with 413 before parsing (uploads have their own limit). */
export const BODY_LIMIT = 1024 * 1024;

/** The non-simple header the SPA sends; a cross-site form cannot set it. */
export const CSRF_HEADER = "x-gongzhi-csrf";

/**
 * CSRF: a POST to /graphql must be JSON (a non-simple content type a cross-site form cannot send),
 * or carry the CSRF header or an Authorization header (third-party apps with bearer tokens).
 * urlencoded is refused outright; multipart (uploads) and anything else need one of the headers.
 */
export function csrfRefusal(method: string, headers: Record<string, string | string[] | undefined>): { status: number; message: string } | null {
  if (method !== "POST") return null;
  const type = String(headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "application/x-www-form-urlencoded") return { status: 415, message: "urlencoded bodies are not accepted" };
  if (type === "application/json" || type === "application/graphql-response+json") return null;
  if (headers[CSRF_HEADER] || headers.authorization) return null;
  return { status: 403, message: `this request needs the ${CSRF_HEADER} header` };
}

/** GET /graphql carries `variables` and `extensions` as JSON in the query string (yoga would answer 500 to bad JSON there): the first that is not valid JSON, or null. */
export function badGetParams(method: string, query: unknown): string | null {
  if (method !== "GET" || !query || typeof query !== "object") return null;
  for (const key of ["variables", "extensions"]) {
    const value = (query as Record<string, unknown>)[key];
    if (value === undefined) continue;
    if (typeof value !== "string") return key;
    try {
      JSON.parse(value);
    } catch {
      return key;
    }
  }
  return null;
}

/** The residents' public pages (issue #14): /c/<community code> and /r/<street or district code> get public.html, the public entry's own small bundle; every other client route is the admin app. */
export const PUBLIC_PAGE = /^\/(c|r)\/[^/?#]+/;

/** One port: /graphql goes to yoga, /files to the files route, everything else is the built SPA. */
export async function createHttpServer(prisma: Db, options: HttpOptions = {}): Promise<FastifyInstance> {
  const yoga = createGraphQLServer(prisma, { authCache: options.authCache });
  const app: FastifyInstance = Fastify({
    bodyLimit: BODY_LIMIT,
    // A hop count is accepted at run time (proxy-addr); Fastify's types list only boolean/string.
    trustProxy: (options.trustProxy ?? false) as boolean,
    logger: options.logger ?? isProduction ? { level: "warn" } : false,
    // A request line or header Node cannot parse is answered 400 by Node itself; keep it that way.
    return503OnClosing: true,
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      return reply.status(status).type("application/json").send({ error: error.code ?? "BAD_REQUEST", message: error.message.slice(0, 200) });
    }
    request.log.error(error);
    return reply.status(500).type("application/json").send({ error: "INTERNAL", message: "internal error" });
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // Mantine writes its CSS variables into <style> elements and style attributes.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    // The SPA is served over plain HTTP in the demo; HSTS belongs to the TLS front.
    strictTransportSecurity: false,
  });
  const allowed = new Set(options.corsOrigins ?? []);
  await app.register(cors, {
    // An unlisted Origin is never reflected; listed ones get credentials.
    origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    allowedHeaders: ["content-type", "authorization", CSRF_HEADER, "x-act-as-resident", "graphql-client-name"],
  });
  await app.register(compress, { global: true, threshold: 1024 });

  app.get("/healthz", async (_req, reply) => reply.type("text/plain").send("ok"));

  // yoga reads multipart bodies (uploads) itself, with its own limit.
  app.addContentTypeParser("multipart/form-data", {}, (_req, _payload, done) => done(null));

  app.route({
    url: yoga.graphqlEndpoint,
    method: ["GET", "POST"],
    // GraphiQL's page loads its scripts inline.
    helmet: { contentSecurityPolicy: false },
    onRequest: async (request, reply) => {
      const refused = csrfRefusal(request.method, request.headers);
      if (refused) return reply.status(refused.status).type("application/json").send({ error: "CSRF", message: refused.message });
      const bad = badGetParams(request.method, request.query);
      if (bad) return reply.status(400).type("application/json").send({ error: "BAD_REQUEST", field: bad, message: `${bad}: not valid JSON` });
    },
    handler: async (request, reply) => {
      const response = await yoga.handleNodeRequestAndResponse(request, reply, { req: request, reply });
      response.headers.forEach((value, key) => void reply.header(key, value));
      reply.status(response.status);
      return reply.send(response.body);
    },
  });

  // projects: uploaded photos and receipts, GET /files/<id> (access checked in modules/projects/files.route.ts)
  app.route({
    url: "/files/*",
    method: ["GET", "HEAD"],
    handler: async (request, reply) => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(request.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const response = await serveFile(prisma, new Request(new URL(request.url, "http://localhost"), { method: request.method, headers }));
      response.headers.forEach((value, key) => void reply.header(key, value));
      reply.status(response.status);
      return reply.send(request.method === "HEAD" ? undefined : Buffer.from(await response.arrayBuffer()));
    },
  });

  const root = options.webDist && fs.existsSync(path.join(options.webDist, "index.html")) ? path.resolve(options.webDist) : null;
  const hasPublicEntry = root !== null && fs.existsSync(path.join(root, "public.html"));
  if (root) {
    await app.register(fastifyStatic, {
      root,
      preCompressed: true,
      wildcard: true,
      index: false,
      // Source maps are never served.
      allowedPath: (pathName) => !pathName.endsWith(".map"),
      setHeaders: (res, filePath: string) => {
        res.header("cache-control", filePath.includes(`${path.sep}assets${path.sep}`) ? "public, max-age=31536000, immutable" : "no-cache");
      },
    });
    // "/" is a client route like the others: without this, @fastify/static answers the directory 403
    // to a client that accepts no pre-compressed file (curl, a load balancer's health check).
    app.get("/", (_request, reply) => {
      reply.header("cache-control", "no-cache");
      return reply.sendFile("index.html");
    });
  }

  app.setNotFoundHandler((request, reply) => {
    const url = request.url.split("?")[0]!;
    const api = url === "/graphql" || url.startsWith("/graphql/") || url.startsWith("/files") || url.startsWith("/assets/") || url.endsWith(".map");
    if (root && !api && (request.method === "GET" || request.method === "HEAD")) {
      reply.header("cache-control", "no-cache");
      return reply.sendFile(PUBLIC_PAGE.test(url) && hasPublicEntry ? "public.html" : "index.html");
    }
    return reply.status(404).type("application/json").send({ error: "NOT_FOUND", message: "not found" });
  });

  return app;
}
