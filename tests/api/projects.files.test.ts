// Uploads of photos and receipts (multipart and base64) and GET /files/<id>: sizes and types are
// checked (the type from the bytes) before anything is stored, a refused upload leaves no row and no
// file, names on disk are generated, and files are served only to those who may read the project
// (or to anyone for photos in the updates of a public project).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, PNG, projectsKit, type ProjectsKit, type ProjectsWorld } from "./projects-kit.js";
import { createTestKit, type As, type TestKit } from "./testkit.js";

let kit: TestKit;
let pk: ProjectsKit;
let w: ProjectsWorld;
let project: { id: string; lineId: string };
const MB = 1024 * 1024;
const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj<<>>endobj\n%%EOF\n", "latin1"));
/** `size` bytes that start like a PNG. */
const bigPng = (size: number) => {
  const b = new Uint8Array(size);
  b.set(PNG());
  return b;
};

beforeAll(async () => {
  kit = await createTestKit();
  pk = projectsKit(kit);
  w = await pk.world();
  project = await pk.inProgress(w);
});
afterAll(async () => {
  await kit?.close();
});

/** A multipart upload refused with INVALID (or `code`) on `field`, and nothing stored or written. */
async function multipartRefused(kind: string, bytes: Uint8Array, name: string, field: string, as: As = w.lead, code = "INVALID") {
  const before = await pk.dump();
  const r = await pk.uploadMultipart({ projectId: project.id, kind }, bytes, name, as);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  const e = r.data.uploadProjectFile;
  expect({ typename: e.__typename, code: e.code, field: e.field }, e.message).toEqual({ typename: "UserError", code, field });
  expect(await pk.dump()).toEqual(before);
  return e as { message: string };
}

describe("uploads", () => {
  it("store a photo sent as a multipart part under a generated name, with the type sniffed from its bytes", async () => {
    const r = await pk.uploadMultipart({ projectId: project.id, kind: "PHOTO", filename: "../../etc/passwd.png" }, PNG(), "whatever.gif", w.lead);
    expect(r.errors).toBeUndefined();
    const f = r.data.uploadProjectFile.data;
    expect(f).toMatchObject({ kind: "PHOTO", mimeType: "image/png", size: PNG().length, originalName: "passwd.png", attached: false });
    const row = await kit.prisma.projectFile.findUniqueOrThrow({ where: { id: f.url.slice("/files/".length) } });
    expect(row.storageKey).toMatch(/^[0-9a-f-]{36}\.png$/);
    expect(pk.listFiles()).toContain(`${row.storageKey.slice(0, 2)}/${row.storageKey}`);
    expect(pk.listFiles().join()).not.toMatch(/passwd|whatever/);
  });

  it("take base64 too (a data: URL prefix is fine), and PDFs as receipts", async () => {
    const photo = await pk.ok("uploadProjectFile", { input: { projectId: project.id, kind: "PHOTO", contentBase64: `data:image/png;base64,${b64(PNG())}` } }, w.gridA);
    expect(photo.mimeType).toBe("image/png");
    const receipt = await pk.ok("uploadProjectFile", { input: { projectId: project.id, kind: "RECEIPT", contentBase64: b64(PDF), filename: "发票.pdf" } }, w.gridA);
    expect(receipt).toMatchObject({ mimeType: "application/pdf", originalName: "发票.pdf" });
    const big = await pk.uploadMultipart({ projectId: project.id, kind: "RECEIPT" }, bigPng(6 * MB), "scan.png", w.lead);
    expect(big.data.uploadProjectFile.data).toMatchObject({ size: 6 * MB, mimeType: "image/png" });
  });

  it("refuse oversized photos and receipts with a typed error, storing nothing", async () => {
    const e = await multipartRefused("PHOTO", bigPng(5 * MB + 1), "big.png", "input.file");
    expect(e.message).toMatch(/5 MB/);
    await multipartRefused("RECEIPT", bigPng(10 * MB + 1), "big.png", "input.file");
    await pk.refused("uploadProjectFile", { input: { projectId: project.id, kind: "PHOTO", contentBase64: b64(bigPng(5 * MB + 3)) } }, w.lead, "INVALID", "input.contentBase64");
  });

  it("refuse what is not an image (whatever its name claims), and PDFs as photos, storing nothing", async () => {
    const e = await multipartRefused("PHOTO", new Uint8Array(Buffer.from("not an image at all")), "photo.png", "input.file");
    expect(e.message).toMatch(/JPEG\/PNG\/WebP/);
    await multipartRefused("PHOTO", new Uint8Array(Buffer.from("GIF89a\x01\x00\x01\x00", "latin1")), "anim.gif", "input.file");
    await multipartRefused("PHOTO", new Uint8Array(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')), "x.svg", "input.file");
    await multipartRefused("PHOTO", PDF, "doc.png", "input.file");
    await multipartRefused("RECEIPT", new Uint8Array(Buffer.from("<html><body>x</body></html>")), "receipt.pdf", "input.file");
    await multipartRefused("PHOTO", new Uint8Array(0), "empty.png", "input.file");
    await pk.refused("uploadProjectFile", { input: { projectId: project.id, kind: "PHOTO", contentBase64: b64(new Uint8Array(Buffer.from("MZ\x90\x00", "latin1"))) } }, w.lead, "INVALID", "input.contentBase64");
  });

  it("need exactly one of the file and its base64, and valid base64", async () => {
    await pk.refused("uploadProjectFile", { input: { projectId: project.id, kind: "PHOTO" } }, w.lead, "REQUIRED", "input.file");
    await pk.refused("uploadProjectFile", { input: { projectId: project.id, kind: "PHOTO", contentBase64: "%%%not base64%%%" } }, w.lead, "INVALID", "input.contentBase64");
    const before = await pk.dump();
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: (await import("./projects-kit.js")).P.uploadProjectFile, variables: { input: { projectId: project.id, kind: "PHOTO", contentBase64: b64(PNG()), file: null } } }));
    form.append("map", JSON.stringify({ 0: ["variables.input.file"] }));
    form.append("0", new File([PNG() as BlobPart], "a.png"));
    const r = (await (await kit.yoga.fetch("http://test/graphql", { method: "POST", body: form, headers: { ...w.lead.headers } })).json()) as any;
    expect(r.data.uploadProjectFile).toMatchObject({ __typename: "UserError", code: "INVALID", field: "input.contentBase64" });
    expect(await pk.dump()).toEqual(before);
  });

  it("are refused to those who may not report on the project, storing nothing", async () => {
    await multipartRefused("PHOTO", PNG(), "a.png", "input.projectId", w.auditorA, "FORBIDDEN");
    await multipartRefused("PHOTO", PNG(), "a.png", "input.projectId", w.B.admin, "NOT_FOUND");
    const anonymous = await pk.uploadMultipart({ projectId: project.id, kind: "PHOTO" }, PNG(), "a.png");
    expect(anonymous.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });
});

describe("GET /files/<id>", () => {
  it("serves a public project's update photos to anyone, and the rest only to readers of the project", async () => {
    const photo = await pk.photo(w, project.id, w.lead);
    const loose = await pk.photo(w, project.id, w.lead);
    const receipt = await pk.ok("uploadProjectFile", { input: { projectId: project.id, kind: "RECEIPT", contentBase64: b64(PDF) } }, w.lead);
    await pk.ok("postProjectUpdate", { input: { projectId: project.id, text: "现场照片", percentComplete: 50, photoIds: [photo.id] } }, w.lead);
    const open = await pk.getFile(photo.url);
    expect(open.status).toBe(200);
    expect(Object.fromEntries(open.headers)).toMatchObject({ "content-type": "image/png", "x-content-type-options": "nosniff", "cache-control": "public, max-age=86400" });
    for (const url of [loose.url, receipt.url]) {
      expect((await pk.getFile(url)).status, url).toBe(404);
      expect((await pk.getFile(url, w.B.admin)).status, url).toBe(404);
      const mine = await pk.getFile(url, w.overseerSA);
      expect(mine.status, url).toBe(200);
      expect(mine.headers.get("cache-control")).toBe("private, max-age=300");
    }
    // An app of the community holding project:read may fetch them too.
    expect((await pk.getFile(receipt.url, w.app)).status).toBe(200);
    expect((await pk.getFile(receipt.url, { headers: { authorization: "Bearer nope" } })).status).toBe(401);
    expect((await pk.getFile("/files/00000000-0000-7000-8000-000000000000", w.A.admin)).status).toBe(404);
    expect((await pk.getFile("/files/../../etc/passwd", w.A.admin)).status).toBe(404);
    const { serveFile } = await import("@gongzhi/api/src/modules/projects/files.route.js");
    expect((await serveFile(kit.prisma, new Request(`http://test${photo.url}`, { method: "DELETE" }))).status).toBe(405);
    const head = await serveFile(kit.prisma, new Request(`http://test${photo.url}`, { method: "HEAD" }));
    expect([head.status, head.headers.get("content-length"), await head.text()]).toEqual([200, String(PNG().length), ""]);
  });

  it("keeps a proposed project's files private even once attached", async () => {
    const p = await pk.proposed(w);
    const f = await pk.ok("uploadProjectFile", { input: { projectId: p.id, kind: "PHOTO", contentBase64: b64(PNG()) } }, w.A.admin);
    await kit.prisma.projectFile.update({ where: { id: f.url.slice(7) }, data: { updateId: (await kit.prisma.projectUpdate.findFirstOrThrow()).id } });
    expect((await pk.getFile(f.url)).status).toBe(404);
    expect((await pk.getFile(f.url, w.A.admin)).status).toBe(200);
  });
});
