// Uploads (photos, receipts) and progress updates. An upload is checked (size before reading, then
// the type from its bytes) before anything is stored; the bytes go to the file storage under a
// generated key, and its metadata row commits in one transaction with the audit row (a failed
// transaction removes the stored bytes again). Updates are insert-only.
import { createHash } from "node:crypto";
import { z } from "zod";
import type { ProjectFile } from "../../generated/prisma/client.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { isUploadedFile } from "../../shared/files/file.scalar.js";
import { checkSize, checkUpload, type UploadKind } from "../../shared/files/sniff.js";
import { fileStorage, newStorageKey } from "../../shared/files/storage.js";
import { actorName } from "../../shared/actor.js";
import { conflict, invalid, parseInput } from "../../shared/service.js";
import { loadProjectForWork, lockedProject } from "./project.access.js";
import { recordEvent } from "./timeline.js";
import { assertStatus, UPDATE_STATUSES, UPLOAD_STATUSES } from "./rules.js";
import { updateInput } from "./validation.js";

const uploadInput = z.object({
  kind: z.enum(["PHOTO", "RECEIPT"]),
  filename: z.string().max(200, "文件名不能超过200个字符 (at most 200 characters)").nullish(),
});

/** Files may be uploaded to a project in any status but CANCELLED. */

/** A display name from the client's file name: no path, no control characters; never used on disk. */
export function displayName(name: string | null | undefined): string | null {
  if (!name) return null;
  const base = name.split(/[\\/]/).pop() ?? "";
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f]/g, "").trim().slice(0, 100);
  return clean || null;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The upload's bytes, from a multipart File or from base64; sizes are checked before the bytes are read. */
async function bytesOf(kind: UploadKind, input: { file?: unknown; contentBase64?: string | null }): Promise<{ bytes: Uint8Array; field: string; name?: string }> {
  const hasFile = input.file !== undefined && input.file !== null;
  const b64 = input.contentBase64?.replace(/^data:[^;,]*;base64,/, "").replace(/\s+/g, "");
  if (hasFile && b64) throw invalid("file 与 contentBase64 只能给一个 (give the file or its base64, not both)", "input.contentBase64");
  if (hasFile) {
    if (!isUploadedFile(input.file)) throw invalid("不是上传的文件 (not an uploaded file)", "input.file");
    checkSize(kind, input.file.size, "input.file");
    return { bytes: new Uint8Array(await input.file.arrayBuffer()), field: "input.file", name: input.file.name };
  }
  if (!b64) throw new UserError("REQUIRED", "请上传文件 (send the file as a multipart part, or its base64 in contentBase64)", "input.file");
  if (b64.length % 4 !== 0 || !BASE64.test(b64)) throw invalid("contentBase64 不是有效的 base64 (not valid base64)", "input.contentBase64");
  checkSize(kind, (b64.length / 4) * 3 - (b64.endsWith("==") ? 2 : b64.endsWith("=") ? 1 : 0), "input.contentBase64");
  return { bytes: new Uint8Array(Buffer.from(b64, "base64")), field: "input.contentBase64" };
}

export interface UploadArgs {
  projectId: string;
  kind: string;
  file?: unknown;
  contentBase64?: string | null;
  filename?: string | null;
}

/** Upload a photo or a receipt for a project: its lead, or staff holding project:report. */
export async function uploadProjectFile(ctx: Context, input: UploadArgs): Promise<ProjectFile> {
  const data = parseInput(uploadInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:report");
  assertStatus(project.status, UPLOAD_STATUSES, "上传文件");
  const { bytes, field, name } = await bytesOf(data.kind, input);
  const type = checkUpload(data.kind, bytes, field);
  const key = newStorageKey(type.ext);
  const storage = fileStorage();
  const uploader = await actorName(ctx);
  await storage.put(key, bytes);
  try {
    return await command(ctx, async (tx) => {
      const p = await lockedProject(tx, project.id);
      assertStatus(p.status, UPLOAD_STATUSES, "上传文件");
      const row = await tx.projectFile.create({
        data: {
          communityId: p.communityId,
          projectId: p.id,
          kind: data.kind,
          mimeType: type.mime,
          size: bytes.length,
          storageKey: key,
          originalName: displayName(data.filename ?? name),
          sha256: createHash("sha256").update(bytes).digest("hex"),
          uploadedByName: uploader,
          uploadedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
          apiClientId: ctx.actor.kind === "client" ? ctx.actor.clientId : null,
          createdAt: ctx.now(),
        },
      });
      await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectFile", targetId: row.id, after: row });
      return row;
    });
  } catch (e) {
    await storage.delete(key);
    throw e;
  }
}

/** Post a progress update (text, percent complete 0–100, up to 9 photos uploaded to this project and not yet used). */
export async function postProjectUpdate(ctx: Context, input: { projectId: string }) {
  const data = parseInput(updateInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:report");
  const photoIds = [...new Set(data.photoIds)];
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, UPDATE_STATUSES, "发布进展");
    for (const [i, id] of photoIds.entries()) {
      const photo = await tx.projectFile.findUnique({ where: { id }, select: { projectId: true, kind: true, updateId: true } });
      if (!photo || photo.projectId !== p.id) throw notFound(`input.photoIds.${i}`, "照片");
      if (photo.kind !== "PHOTO") throw invalid("只能附照片，票据请在支出中关联 (only PHOTO files; receipts go with expenses)", `input.photoIds.${i}`);
      if (photo.updateId) throw conflict("该照片已用于其他进展 (the photo belongs to another update)", `input.photoIds.${i}`);
    }
    const author = await actorName(ctx, tx);
    const update = await tx.projectUpdate.create({
      data: {
        communityId: p.communityId,
        projectId: p.id,
        text: data.text,
        percentComplete: data.percentComplete,
        authorName: author,
        authorAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
        apiClientId: ctx.actor.kind === "client" ? ctx.actor.clientId : null,
        createdAt: ctx.now(),
      },
    });
    if (photoIds.length) await tx.projectFile.updateMany({ where: { id: { in: photoIds }, updateId: null }, data: { updateId: update.id } });
    const after = await tx.project.update({ where: { id: p.id }, data: { percentComplete: data.percentComplete } });
    const photos = photoIds.length ? `，附照片${photoIds.length}张` : "";
    await recordEvent(tx, ctx, after, { kind: "PROGRESS_UPDATE", summary: `发布进展：完成${data.percentComplete}%${photos}`, subjectType: "ProjectUpdate", subjectId: update.id });
    await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectUpdate", targetId: update.id, after: { ...update, photoIds } });
    return update;
  });
}
