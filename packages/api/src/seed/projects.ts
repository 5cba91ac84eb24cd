// Demo data of the special projects (the "N" of 1+2+N): project types of 江翠社区, 直冲村 and 乌纱村;
// alliance units on those communities and their streets; the needs board with pledges (管家计划);
// and the seeds' projects at different stages (projects.data.ts), each written with its history by
// projects.build.ts. Placeholder photos and receipts are generated PNGs written to the upload
// directory under keys derived from their content, so seeding again rewrites the same few files.
import { createHash } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { fileStorage } from "../shared/files/storage.js";

import { buildProject, linkNeed, pledge, type SeedPlace, type StoredFile } from "./projects.build.js";
import { NEEDS, PROJECTS, TYPES, UNITS } from "./projects.data.js";
import { placeholderPng } from "./png.js";
import { chinaDay } from "../shared/chinaTime.js";

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/** A uuid-shaped key derived from the content, so the same placeholder is stored once. */
function contentKey(bytes: Uint8Array): string {
  const h = createHash("sha256").update(bytes).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}.png`;
}

async function store(bytes: Uint8Array): Promise<StoredFile> {
  const storageKey = contentKey(bytes);
  await fileStorage().put(storageKey, bytes);
  return { storageKey, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex"), mimeType: "image/png" };
}

export async function seedProjects(tx: Tx, now: Date) {
  const district = await tx.region.findFirst({ where: { kind: "DISTRICT", name: "江海区" } });
  if (!district) return;
  const at = (days: number, hm = "10:00") => new Date(`${chinaDay(new Date(now.getTime() + days * DAY))}T${hm}:00+08:00`);
  const day = (days: number) => new Date(`${chinaDay(new Date(now.getTime() + days * DAY))}T00:00:00Z`);
  const communities = await tx.community.findMany({ where: { name: { in: Object.keys(TYPES) }, path: { startsWith: district.path } }, select: { id: true, name: true, path: true } });
  const streets = await tx.region.findMany({ where: { kind: "STREET", parentId: district.id }, select: { id: true, name: true, path: true } });
  const accounts = await tx.account.findMany({ select: { id: true, username: true, displayName: true } });
  const account = (username: string | null) => accounts.find((a) => a.username === username) ?? null;

  const typeIds = new Map<string, string>();
  for (const c of communities) {
    for (const [name, description] of TYPES[c.name]!) {
      const t = await tx.projectType.create({ data: { communityId: c.id, name, description, createdAt: at(-420) } });
      typeIds.set(`${c.name}/${name}`, t.id);
    }
  }
  const units = new Map<string, { id: string; name: string; path: string }>();
  for (const u of UNITS) {
    const c = communities.find((x) => x.name === u.at);
    const street = streets.find((x) => x.name === u.at);
    if (!c && !street) continue;
    const row = await tx.allianceUnit.create({
      data: { communityId: c?.id ?? null, regionId: street?.id ?? null, path: (c ?? street)!.path, name: u.name, kind: u.kind, contactName: u.contactName, contactPhone: u.contactPhone, description: u.description, createdAt: at(-400) },
    });
    units.set(u.name, row);
  }
  const photo = (rgb: [number, number, number]) => store(placeholderPng(320, 240, rgb));
  const receipt = () => store(placeholderPng(200, 280, [250, 244, 220]));

  for (const c of communities) {
    const admin = account(c.name === "江翠社区" ? "jiangcui_admin" : c.name === "直冲村" ? "zhichong_admin" : null);
    const staff = admin ? { id: admin.id, name: admin.displayName } : { id: null, name: `${c.name}村委会（演示）` };
    const adults = await tx.resident.findMany({ where: { communityId: c.id, birthDate: { lte: new Date(now.getTime() - 18 * 365.25 * DAY) } }, select: { id: true, name: true }, orderBy: { id: "asc" } });
    const place = (lead: string | null): SeedPlace => ({
      tx,
      communityId: c.id,
      at,
      day,
      typeId: (name) => typeIds.get(`${c.name}/${name}`)!,
      lead: account(lead),
      staff,
      adults,
      grids: [],
      orgs: [],
      unit: (name) => {
        const u = units.get(name);
        if (!u || !c.path.startsWith(u.path)) throw new Error(`demo alliance unit ${name} is not in reach of ${c.name}`);
        return u;
      },
      topicId: () => null,
      needId: () => null,
      photo,
      receipt,
    });
    const grids = await tx.grid.findMany({ where: { communityId: c.id }, select: { id: true }, orderBy: { name: "asc" } });
    const orgs = await tx.socialOrganization.findMany({ where: { communityId: c.id }, select: { id: true, name: true } });
    const topics = await tx.topic.findMany({ where: { communityId: c.id }, select: { id: true, title: true } });

    // The needs board, with pledges; a need whose every pledge arrived is fulfilled.
    const needIds = new Map<string, string>();
    for (const n of NEEDS.filter((x) => x.community === c.name)) {
      const received = n.pledges.length > 0 && n.pledges.every((p) => p[3] !== undefined);
      const need = await tx.communityNeed.create({
        data: { communityId: c.id, title: n.title, description: n.description, estimatedFen: n.estimatedYuan * 100, status: n.pledges.length === 0 ? "OPEN" : received ? "FULFILLED" : "CLAIMED", createdAt: at(n.createdDay) },
      });
      needIds.set(n.title, need.id);
      for (const [unit, what, pledged, got] of n.pledges) await pledge(place(null), { projectId: null, needId: need.id }, unit, what, pledged, got, null);
    }

    for (const d of PROJECTS.filter((x) => x.community === c.name)) {
      const s = { ...place(d.lead), grids, orgs, topicId: (t: string) => topics.find((x) => x.title === t)?.id ?? null, needId: (t: string) => needIds.get(t) ?? null };
      const projectId = await buildProject(s, d);
      // A need carried out by a project that does not come from it: attached after the fact.
      for (const n of NEEDS.filter((x) => x.community === c.name && x.projectTitle === d.title)) {
        const events: Prisma.ProjectEventCreateManyInput[] = [];
        const when = at(n.pledges[0]?.[2] ?? d.days.created, "17:00");
        // Each event carries the status the project had then (the latest earlier event's).
        const history = await tx.projectEvent.findMany({ where: { projectId }, select: { toStatus: true, createdAt: true }, orderBy: { createdAt: "asc" } });
        const statusAt = (t: Date) => history.filter((h) => h.createdAt <= t).at(-1)?.toStatus ?? "PROPOSED";
        await linkNeed(s, projectId, needIds.get(n.title)!, when, (kind, t, summary, extra = {}) =>
          events.push({ communityId: c.id, projectId, kind, toStatus: statusAt(t), summary, actorName: staff.name, actorAccountId: staff.id, createdAt: t, ...extra }),
        );
        await tx.projectEvent.createMany({ data: events });
      }
    }
  }
}
