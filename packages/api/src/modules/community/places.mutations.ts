// Mutations for grids, households and residents: thin, they call the services.
import { builder } from "../../builder.js";
import { createGrid, updateGrid } from "./grid.service.js";
import { createHousehold, updateHousehold } from "./household.service.js";
import { GenderEnum, RegistrationEnum } from "./resident.type.js";
import { createResident, updateResident } from "./resident.service.js";
import { reload } from "../../shared/reload.js";

const gridFields = (required: boolean) =>
  builder.inputType(required ? "CreateGridInput" : "UpdateGridInput", {
    description: required ? undefined : "Fields left out are not changed.",
    fields: (t) => ({
      ...(required ? { communityId: t.id() } : {}),
      name: t.string({ required }),
      code: t.string({ required: false }),
      description: t.string({ required: false }),
    }),
  });
const CreateGridInput = gridFields(true);
const UpdateGridInput = gridFields(false);

const CreateHouseholdInput = builder.inputType("CreateHouseholdInput", {
  fields: (t) => ({ communityId: t.id(), address: t.string(), gridId: t.id({ required: false }) }),
});
const UpdateHouseholdInput = builder.inputType("UpdateHouseholdInput", {
  description: "Fields left out are not changed; gridId null takes the household out of its grid.",
  fields: (t) => ({ address: t.string({ required: false }), gridId: t.id({ required: false }) }),
});

const residentFields = (name: string, create: boolean) =>
  builder.inputType(name, {
    description: create ? undefined : "Fields left out are not changed; null clears an optional field.",
    fields: (t) => ({
      ...(create ? { communityId: t.id() } : {}),
      name: t.string({ required: create }),
      gender: t.field({ type: GenderEnum, required: false }),
      birthDate: t.field({ type: "Date", required: false }),
      phone: t.string({ required: false, description: "Mobile (11 digits) or landline (0750-3123456)." }),
      idNumber: t.string({
        required: false,
        description:
          "身份证号, 18 characters with a valid check digit. Only holders of resident:viewPii may set, change or clear it (FORBIDDEN on input.idNumber otherwise). A number already registered in the community answers CONFLICT on input.idNumber, naming no one, and the attempt is audited (resident:idNumberDuplicate).",
      }),
      registration: t.field({ type: RegistrationEnum, required: false }),
      householdId: t.id({ required: false }),
      gridId: t.id({ required: false }),
      isPartyMember: t.boolean({ required: false }),
      partyOrganizationId: t.id({ required: false }),
      isNotable: t.boolean({ required: false }),
      isDeputy: t.boolean({ required: false }),
      isRetiredCadre: t.boolean({ required: false }),
      note: t.string({ required: false }),
    }),
  });
const CreateResidentInput = residentFields("CreateResidentInput", true);
const UpdateResidentInput = residentFields("UpdateResidentInput", false);

builder.mutationFields((t) => ({
  createGrid: t.prismaField({
    type: "Grid",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateGridInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "grid", query, createGrid(ctx, input as { communityId: string })),
  }),
  updateGrid: t.prismaField({
    type: "Grid",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateGridInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "grid", query, updateGrid(ctx, id, input)),
  }),
  createHousehold: t.prismaField({
    type: "Household",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateHouseholdInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "household", query, createHousehold(ctx, input)),
  }),
  updateHousehold: t.prismaField({
    type: "Household",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateHouseholdInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "household", query, updateHousehold(ctx, id, input)),
  }),
  createResident: t.prismaField({
    type: "Resident",
    description: "Register a resident. Needs resident:create in the community.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateResidentInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "resident", query, createResident(ctx, input as { communityId: string })),
  }),
  updateResident: t.prismaField({
    type: "Resident",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateResidentInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "resident", query, updateResident(ctx, id, input)),
  }),
}));
