import { builder } from "../../builder.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";
import { ageThisYear, birthYear, maskIdNumber, maskPhone, recordReveal } from "../../shared/pii.js";

export const GenderEnum = builder.enumType("Gender", { values: { MALE: { description: "男" }, FEMALE: { description: "女" } } });
export const RegistrationEnum = builder.enumType("Registration", {
  values: { REGISTERED: { description: "户籍居民" }, RESIDENT: { description: "常住非户籍" } },
});

/** Unmasked for holders of resident:viewPii (and the reveal is audited), masked for everyone else. */
async function pii(ctx: Context, r: { id: string; communityId: string }, field: "phone" | "idNumber", value: string | null) {
  if (value === null) return null;
  if (await can(ctx, "resident:viewPii", r.communityId)) {
    await recordReveal(ctx, { residentId: r.id, communityId: r.communityId, field });
    return value;
  }
  return field === "phone" ? maskPhone(value) : maskIdNumber(value);
}

export const ResidentNode = builder.prismaNode("Resident", {
  id: { field: "id" },
  // Select mode: a query reads only the columns its fields ask for (issue #13).
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "居民/村民. Synthetic in the demo data. phone and idNumber are personal data: see their descriptions.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "resident:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    gender: t.expose("gender", {
      type: GenderEnum,
      nullable: true,
      description: "Shown to every viewer. It fixes the parity of the ID number's 17th digit (halving one digit's choices); with the masked ID number and the birth year, tens of thousands of candidates remain even when the region code is guessed, and no query or mutation confirms a candidate to a viewer without resident:viewPii.",
    }),
    birthDate: t.field({
      type: "Date",
      nullable: true,
      description:
        "Full birth date for viewers holding resident:viewPii; null for everyone else, who read birthYear and age (digits 7–14 of the ID number are the birth date). Not audited on its own: without the ID number it identifies no one.",
      select: { birthDate: true, communityId: true },
      resolve: async (r, _a, ctx) => (r.birthDate && (await can(ctx, "resident:viewPii", r.communityId)) ? r.birthDate : null),
    }),
    birthYear: t.int({ nullable: true, description: "出生年份, for every viewer.", select: { birthDate: true }, resolve: (r) => birthYear(r.birthDate) }),
    age: t.int({
      nullable: true,
      description: "年龄: the age reached in the current year (China calendar), from the birth year alone, so it never reveals the birthday.",
      select: { birthDate: true },
      resolve: (r) => ageThisYear(r.birthDate),
    }),
    registration: t.expose("registration", { type: RegistrationEnum }),
    isPartyMember: t.exposeBoolean("isPartyMember"),
    isNotable: t.exposeBoolean("isNotable", { description: "乡贤/有威望能人" }),
    isDeputy: t.exposeBoolean("isDeputy", { description: "党代表/人大代表/政协委员" }),
    isRetiredCadre: t.exposeBoolean("isRetiredCadre", { description: "退休干部" }),
    note: t.exposeString("note", { nullable: true }),
    community: t.relation("community"),
    household: t.relation("household", { nullable: true }),
    grid: t.relation("grid", { nullable: true }),
    partyOrganization: t.relation("partyOrganization", { nullable: true }),
    phone: t.string({
      nullable: true,
      description: "Full number for viewers holding resident:viewPii (each reveal is written to the audit log); masked (138****5678) for others.",
      select: { phone: true, communityId: true },
      resolve: (r, _a, ctx) => pii(ctx, r, "phone", r.phone),
    }),
    idNumber: t.string({
      nullable: true,
      description:
        "身份证号: full for viewers holding resident:viewPii (each reveal is audited); masked for others like maskedIdNumber. Only viewPii holders may set or change it.",
      select: { idNumber: true, communityId: true },
      resolve: (r, _a, ctx) => pii(ctx, r, "idNumber", r.idNumber),
    }),
    maskedPhone: t.string({ nullable: true, description: "Always masked; for lists.", select: { phone: true }, resolve: (r) => maskPhone(r.phone) }),
    maskedIdNumber: t.string({
      nullable: true,
      description: "Always masked, first and last character only (4****************X): neither the region code nor the birth date shows. For lists.",
      select: { idNumber: true },
      resolve: (r) => maskIdNumber(r.idNumber),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  residents: t.prismaConnection({
    type: "Resident",
    cursor: "id",
    description: "Residents of a community, newest registrations last. Filters combine with AND.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      search: t.arg.string({ required: false, description: "Part of the name; holders of resident:viewPii may also search by phone or ID number." }),
      gridId: t.arg.id({ required: false }),
      householdId: t.arg.id({ required: false }),
      registration: t.arg({ type: RegistrationEnum, required: false }),
      isPartyMember: t.arg.boolean({ required: false }),
    },
    totalCount: async (_parent, args, ctx) => ctx.prisma.resident.count({ where: await residentWhere(ctx, args) }),
    resolve: async (query, _root, args, ctx) => ctx.prisma.resident.findMany({ ...query, where: await residentWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

async function residentWhere(
  ctx: Context,
  args: { communityId: string; search?: string | null; gridId?: string | null; householdId?: string | null; registration?: "REGISTERED" | "RESIDENT" | null; isPartyMember?: boolean | null },
) {
  const communityId = parseId("communityId", args.communityId, "Community");
  const gridId = parseOptionalId("gridId", args.gridId, "Grid");
  const householdId = parseOptionalId("householdId", args.householdId, "Household");
  const search = args.search?.trim();
  const piiSearch = search && (await can(ctx, "resident:viewPii", communityId));
  return {
    communityId,
    community: communityScope(ctx, "resident:read"),
    ...(gridId ? { gridId } : {}),
    ...(householdId ? { householdId } : {}),
    ...(args.registration ? { registration: args.registration } : {}),
    ...(typeof args.isPartyMember === "boolean" ? { isPartyMember: args.isPartyMember } : {}),
    ...(search
      ? { OR: [{ name: { contains: search } }, ...(piiSearch ? [{ phone: { contains: search } }, { idNumber: { contains: search.toUpperCase() } }] : [])] }
      : {}),
  };
}
