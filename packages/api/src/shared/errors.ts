// Expected failures are part of the contract: services throw UserError, and mutations list it in
// `errors`, so clients get a typed result (code, field, message). Anything else is thrown and
// masked by yoga in production.
import { GraphQLError } from "graphql";
import type { ZodError } from "zod";

export const USER_ERROR_CODES = [
  "INVALID", // malformed or out-of-range value
  "REQUIRED", // an empty required field
  "NOT_FOUND", // an id that names nothing the viewer can see
  "DUPLICATE", // unique value taken
  "FORBIDDEN", // the viewer holds no grant for this
  "CONFLICT", // the state of the target does not allow it
  "UNAUTHENTICATED", // sign-in failed
  "RATE_LIMITED", // too many attempts
] as const;
export type UserErrorCode = (typeof USER_ERROR_CODES)[number];

export interface FieldIssue {
  /** Path of the input field, dotted from the input root, e.g. "input.name"; null for the whole request. */
  field: string | null;
  message: string;
  code: UserErrorCode;
}

export class UserError extends Error {
  readonly code: UserErrorCode;
  readonly field: string | null;
  readonly issues: FieldIssue[];
  constructor(code: UserErrorCode, message: string, field: string | null = null, issues?: FieldIssue[]) {
    super(message);
    this.name = "UserError";
    this.code = code;
    this.field = field;
    this.issues = issues?.length ? issues : [{ field, message, code }];
  }
  /** Carried into the GraphQLError that wraps a UserError thrown outside a mutation's typed result. */
  get extensions() {
    return { code: this.code, field: this.field };
  }
}

export const forbidden = (field: string | null = null, message = "您没有此操作的权限 (no grant for this action)") =>
  new UserError("FORBIDDEN", message, field);
export const notFound = (field: string, what = "记录") => new UserError("NOT_FOUND", `${what}不存在或无权查看 (${field}: not found)`, field);

/** zod issues → one UserError listing every field issue; the first is the error's own field. */
export function fromZod(error: ZodError, root = "input"): UserError {
  const issues: FieldIssue[] = error.issues.map((i) => {
    const field = [root, ...i.path.map(String)].filter(Boolean).join(".");
    const required = i.code === "invalid_type" && /received undefined|received null/.test(i.message);
    const tooSmallString = i.code === "too_small" && i.origin === "string" && i.minimum === 1;
    return { field, message: i.message, code: required || tooSmallString ? "REQUIRED" : "INVALID" };
  });
  const first = issues[0]!;
  return new UserError(first.code, first.message, first.field, issues);
}

/** Prisma known request errors that are the client's fault → UserError; others are rethrown. */
export function fromPrisma(e: unknown, fieldFor: (column: string) => string = (c) => `input.${c}`): never {
  const err = e as { code?: string; meta?: Record<string, unknown> };
  if (err?.code === "P2002") {
    const target = err.meta?.target;
    const fields = Array.isArray(target) ? target.map(String) : typeof target === "string" ? [target] : [];
    const cause = (err.meta?.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string }; table?: string } } | undefined)?.cause;
    // PGlite's adapter names the columns; node-postgres's names the index: "<Table>_<col>_<col>_key" (Prisma's default naming).
    const index = cause?.constraint?.index;
    const table = cause?.table ?? (err.meta?.modelName as string | undefined);
    const fromIndex = index && table && index.startsWith(`${table}_`) && index.endsWith("_key") ? index.slice(table.length + 1, -"_key".length).split("_") : [];
    const driver = cause?.constraint?.fields ?? fromIndex;
    const cols = (fields.length ? fields : driver).map((c) => c.replace(/"/g, "")).filter((c) => c !== "communityId");
    const col = cols[cols.length - 1] ?? null;
    throw new UserError("DUPLICATE", `${col ?? "记录"} 已存在 (already taken)`, col ? fieldFor(col) : null);
  }
  if (err?.code === "P2025") throw new UserError("NOT_FOUND", "记录不存在 (not found)");
  throw e;
}

/** For failures that are not part of a field's contract (e.g. not signed in on a query). */
export const unauthenticated = () =>
  new GraphQLError("请先登录 (sign in first)", { extensions: { code: "UNAUTHENTICATED", http: { status: 200 } } });
