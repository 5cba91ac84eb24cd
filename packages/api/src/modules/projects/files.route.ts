// GET /files/<id> on the API server: the bytes of an uploaded project file. A photo of a public
// project's progress update is public; anything else needs a viewer holding project:read in the
// project's community (session cookie or bearer token). Unknown and forbidden look alike (404).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Db } from "../../db.js";
import { can } from "../../shared/authz.js";
import { createContext } from "../../shared/context.js";
import { isPublic } from "./rules.js";
import { fileStorage } from "../../shared/files/storage.js";

const ROUTE = /^\/files\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Does this path belong to the files route? */
export const isFilesPath = (pathname: string) => pathname === "/files" || pathname.startsWith("/files/");

const text = (status: number, body: string, extra: Record<string, string> = {}) =>
  new Response(body, { status, headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff", ...extra } });

/** Answer a request for /files/<id>. */
export async function serveFile(prisma: Db, request: Request): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD") return text(405, "method not allowed", { allow: "GET, HEAD" });
  const m = ROUTE.exec(new URL(request.url).pathname);
  if (!m) return text(404, "not found");
  const file = await prisma.projectFile.findUnique({
    where: { id: m[1]! },
    select: { id: true, communityId: true, kind: true, mimeType: true, storageKey: true, updateId: true, originalName: true, project: { select: { approvedAt: true } } },
  });
  if (!file) return text(404, "not found");
  const open = file.kind === "PHOTO" && file.updateId !== null && isPublic(file.project);
  if (!open) {
    const ctx = await createContext(prisma, request.headers).catch(() => null);
    if (!ctx) return text(401, "invalid credentials");
    if (!(await can(ctx, "project:read", file.communityId))) return text(404, "not found");
  }
  const bytes = await fileStorage().get(file.storageKey);
  if (!bytes) return text(404, "not found");
  const ext = file.storageKey.slice(file.storageKey.lastIndexOf("."));
  const name = encodeURIComponent(file.originalName ?? `${file.id}${ext}`);
  return new Response(request.method === "HEAD" ? null : new Uint8Array(bytes), {
    status: 200,
    headers: {
      "content-type": file.mimeType,
      "content-length": String(bytes.length),
      "content-disposition": `${file.mimeType === "application/pdf" ? "attachment" : "inline"}; filename*=UTF-8''${name}`,
      "cache-control": open ? "public, max-age=86400" : "private, max-age=300",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; sandbox",
    },
  });
}

/** The node:http adapter used by server.ts: the request's method and headers only (GET has no body). */
export async function handleFilesRequest(prisma: Db, req: IncomingMessage, res: ServerResponse) {
  try {
    const headers = new Headers();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    const response = await serveFile(prisma, new Request(new URL(req.url ?? "/", "http://localhost"), { method: req.method, headers }));
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  } catch {
    if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
    res.end("internal error");
  }
}
