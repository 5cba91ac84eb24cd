// The public front door's addresses (居民公开栏, no sign-in): a community by its code (the QR
// poster's /c/<code>), and a street or district by its code with the communities below it. Only
// names, codes and the community's public address: no people, no grids, no grants.
import { builder } from "../../builder.js";
import { toGlobalId } from "../../shared/ids.js";
import { UserError } from "../../shared/errors.js";
import { CommunityKindEnum } from "./community.type.js";
import { RegionKindEnum } from "./region.type.js";

const regionName = { select: { name: true, code: true, kind: true, parent: { select: { name: true, code: true } } } } as const;

export const PublicCommunityRef = builder.prismaObject("Community", {
  select: { id: true },
  variant: "PublicCommunity",
  description: "A community (社区/村) as anyone may read it without signing in: its name, code, address and the street and district above it.",
  fields: (t) => ({
    id: t.id({ description: "The Community's global id (pass it as communityId to the other public queries).", select: { id: true }, resolve: (c) => toGlobalId("Community", c.id) }),
    code: t.exposeString("code", { nullable: true }),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: CommunityKindEnum }),
    address: t.exposeString("address", { nullable: true }),
    streetName: t.string({ select: { region: regionName }, resolve: (c) => c.region.name }),
    streetCode: t.string({ nullable: true, select: { region: regionName }, resolve: (c) => c.region.code }),
    districtName: t.string({ nullable: true, select: { region: regionName }, resolve: (c) => c.region.parent?.name ?? null }),
    districtCode: t.string({ nullable: true, select: { region: regionName }, resolve: (c) => c.region.parent?.code ?? null }),
  }),
});

const PublicStreetRef = builder.prismaObject("Region", {
  select: { id: true },
  variant: "PublicStreet",
  description: "A street of a district, with its communities (public).",
  fields: (t) => ({
    code: t.exposeString("code", { nullable: true }),
    name: t.exposeString("name"),
    communities: t.relation("communities", { type: PublicCommunityRef, description: "By name.", query: { orderBy: { name: "asc" } } }),
  }),
});

const PublicRegionRef = builder.prismaObject("Region", {
  select: { id: true },
  variant: "PublicRegion",
  description: "A street (街道/乡镇) or district (区/县) as anyone may read it without signing in, with what lies below it.",
  fields: (t) => ({
    code: t.exposeString("code", { nullable: true }),
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: RegionKindEnum }),
    parentName: t.string({ nullable: true, select: { parent: { select: { name: true } } }, resolve: (r) => r.parent?.name ?? null }),
    parentCode: t.string({ nullable: true, select: { parent: { select: { code: true } } }, resolve: (r) => r.parent?.code ?? null }),
    streets: t.relation("children", { type: PublicStreetRef, description: "A district's streets, by name (empty for a street).", query: { orderBy: { name: "asc" } } }),
    communities: t.relation("communities", { type: PublicCommunityRef, description: "A street's communities, by name (empty for a district: see streets).", query: { orderBy: { name: "asc" } } }),
  }),
});

/** A code as typed or scanned: trimmed, 1–64 characters. */
function parseCode(code: string) {
  const c = code.trim();
  if (c.length === 0 || c.length > 64) throw new UserError("INVALID", "编码应为1至64个字符 (code must be 1–64 characters)", "code");
  return c;
}

builder.queryFields((t) => ({
  publicCommunity: t.prismaField({
    type: PublicCommunityRef,
    nullable: true,
    description: "A community by its code (the QR poster's address /c/<code>); null when no community has it. Public: no sign-in needed.",
    args: { code: t.arg.string() },
    resolve: (query, _r, args, ctx) => ctx.prisma.community.findUnique({ ...query, where: { code: parseCode(args.code) } }),
  }),
  publicRegion: t.prismaField({
    type: PublicRegionRef,
    nullable: true,
    description: "A street or district by its code, with its streets or communities; null when none has it. Public: no sign-in needed.",
    args: { code: t.arg.string() },
    resolve: (query, _r, args, ctx) => ctx.prisma.region.findUnique({ ...query, where: { code: parseCode(args.code) } }),
  }),
}));
