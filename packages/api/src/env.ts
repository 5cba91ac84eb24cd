// The only reader of process.env. Everything else imports `env`.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root (data/ and the built SPA are found from here). */
/** A postgres:// URL (node-postgres) rather than a PGlite data directory. */
export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//.test(target);

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** postgres://… for a PostgreSQL server; anything else is a PGlite data directory. */
  DATABASE_URL: z.string().min(1).default(path.join(repoRoot, "data/pglite")),
  PORT: z.coerce.number().int().min(1).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  /** Set the Secure flag on the session cookie (turn on behind HTTPS). */
  COOKIE_SECURE: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  SESSION_DAYS: z.coerce.number().int().min(1).max(90).default(14),
  /** Seed the demo district when the database is empty (pnpm start does). */
  SEED_DEMO: z.enum(["true", "false"]).default("true").transform((v) => v === "true"),
  /** Where the built SPA is served from. */
  WEB_DIST: z.string().default(path.join(repoRoot, "packages/web/dist")),
  /** projects: where uploaded files (photos, receipts) are stored on local disk. */
  UPLOAD_DIR: z.string().min(1).default(path.join(repoRoot, "data/uploads")),
  /** Fastify trustProxy: "true", "false", a hop count, or comma-separated addresses/CIDRs of the proxies. */
  TRUST_PROXY: z
    .string()
    .default("false")
    .transform((v): boolean | number | string => (v === "true" ? true : v === "false" ? false : /^\d+$/.test(v) ? Number(v) : v)),
  /** Origins allowed cross-origin with credentials, comma-separated (default: same origin only). */
  CORS_ORIGINS: z
    .string()
    .default("")
    .transform((v) => v.split(",").map((o) => o.trim()).filter(Boolean)),
  /** Serve GraphiQL on /graphql in production too (always on in development). */
  GRAPHIQL: z.enum(["true", "false"]).default("false").transform((v) => v === "true"),
  TEST_DATABASE_URL: z.string().optional(),
  /** HTTP worker processes under the supervisor (PostgreSQL only; PGlite is single-process: always 1). Default min(2, CPUs). */
  WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** SIGTERM/SIGINT: how long in-flight requests may drain before their connections are closed. */
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).max(600_000).default(10_000),
  /** Resident sign-in (issue #14): how codes reach phones. "development": the server log and the staff's message log; "aliyun": Aliyun SMS (the ALIYUN_SMS_* variables). */
  MESSAGE_PROVIDER: z.enum(["development", "aliyun"]).default("development"),
  ALIYUN_SMS_ACCESS_KEY_ID: z.string().min(1).optional(),
  ALIYUN_SMS_ACCESS_KEY_SECRET: z.string().min(1).optional(),
  /** 短信签名 registered with Aliyun. */
  ALIYUN_SMS_SIGN_NAME: z.string().min(1).optional(),
  /** The template code (SMS_…) of the sign-in code message; its text takes ${code}. */
  ALIYUN_SMS_TEMPLATE_SIGN_IN: z.string().min(1).optional(),
  ALIYUN_SMS_ENDPOINT: z.string().url().default("https://dysmsapi.aliyuncs.com/"),
  /** How long a resident session lasts. */
  RESIDENT_SESSION_DAYS: z.coerce.number().int().min(1).max(180).default(30),
  /** The public address of the resident side, for the sign-in card's QR code (default: the request's own origin). */
  PUBLIC_URL: z.string().url().optional(),
}).superRefine((e, ctx) => {
  if (e.MESSAGE_PROVIDER !== "aliyun") return;
  for (const k of ["ALIYUN_SMS_ACCESS_KEY_ID", "ALIYUN_SMS_ACCESS_KEY_SECRET", "ALIYUN_SMS_SIGN_NAME", "ALIYUN_SMS_TEMPLATE_SIGN_IN"] as const) {
    if (!e[k]) ctx.addIssue({ code: "custom", path: [k], message: "required when MESSAGE_PROVIDER=aliyun" });
  }
});

const parsed = schema.safeParse(process.env);
if (!parsed.success) {
  const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
  throw new Error(`Invalid environment:\n${lines}`);
}
export const env = parsed.data;
export const isProduction = env.NODE_ENV === "production";
