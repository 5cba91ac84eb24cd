// Mutations for the complex, rooms, windows and clerks: thin, they call complex.service.
import { builder, type InputFields } from "../../builder.js";

import { OpeningPeriodInput } from "./complex.type.js";
import {
  createServiceComplex,
  createServiceRoom,
  createServiceWindow,
  setServiceWindowClerks,
  updateServiceComplex,
  updateServiceRoom,
  updateServiceWindow,
} from "./complex.service.js";
import { ServiceRoomKindEnum, ServiceWindowKindEnum } from "./enums.type.js";
import { reload } from "../../shared/reload.js";

const complexFields = (name: string, create: boolean) =>
  builder.inputType(name, {
    description: create ? undefined : "Fields left out are not changed; null clears an optional field.",
    fields: (t) => ({
      ...(create ? { communityId: t.id() } : {}),
      name: t.string({ required: create, description: "e.g. 直冲村党群服务中心" }),
      address: t.string({ required: create }),
      phone: t.string({ required: false, description: "Mobile (11 digits) or landline (0750-3123456)." }),
      description: t.string({ required: false }),
      openingHours: t.field({ type: [OpeningPeriodInput], required: false, description: "Replaces all periods when given." }),
      hoursNote: t.string({ required: false }),
    }),
  });
const CreateServiceComplexInput = complexFields("CreateServiceComplexInput", true);
const UpdateServiceComplexInput = complexFields("UpdateServiceComplexInput", false);

const roomFields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create }),
  kind: t.field({ type: ServiceRoomKindEnum, required: create }),
  capacity: t.int({ required: create }),
  bookableByResidents: t.boolean({ required: false, description: "Residents may book it through an app (default false)." }),
  description: t.string({ required: false }),
});
const CreateServiceRoomInput = builder.inputType("CreateServiceRoomInput", { fields: (t) => ({ complexId: t.id(), ...roomFields(t, true) }) });
const UpdateServiceRoomInput = builder.inputType("UpdateServiceRoomInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ active: t.boolean({ required: false, description: "false: 停用 (no new bookings)." }), ...roomFields(t, false) }),
});

const windowFields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create }),
  kind: t.field({ type: ServiceWindowKindEnum, required: create }),
  number: t.string({ required: false }),
  description: t.string({ required: false }),
});
const CreateServiceWindowInput = builder.inputType("CreateServiceWindowInput", { fields: (t) => ({ complexId: t.id(), ...windowFields(t, true) }) });
const UpdateServiceWindowInput = builder.inputType("UpdateServiceWindowInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ active: t.boolean({ required: false, description: "false: closed; tickets are no longer routed to it." }), ...windowFields(t, false) }),
});

builder.mutationFields((t) => ({
  createServiceComplex: t.prismaField({
    type: "ServiceComplex",
    description: "Set up the community's 党群服务综合体 (one per community). Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateServiceComplexInput }) },
    resolve: async (query, _r, { input }, ctx) => reload(ctx, "serviceComplex", query, await createServiceComplex(ctx, input as { communityId: string })),
  }),
  updateServiceComplex: t.prismaField({
    type: "ServiceComplex",
    description: "Change the complex's address, hours or description. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateServiceComplexInput }) },
    resolve: async (query, _r, { id, input }, ctx) => reload(ctx, "serviceComplex", query, await updateServiceComplex(ctx, id, input)),
  }),
  createServiceRoom: t.prismaField({
    type: "ServiceRoom",
    description: "Add a room to the complex. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateServiceRoomInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "serviceRoom", query, createServiceRoom(ctx, input)),
  }),
  updateServiceRoom: t.prismaField({
    type: "ServiceRoom",
    description: "Change a room, or take it out of use (active: false). Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateServiceRoomInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "serviceRoom", query, updateServiceRoom(ctx, id, input)),
  }),
  createServiceWindow: t.prismaField({
    type: "ServiceWindow",
    description: "Open a service window in the complex. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateServiceWindowInput }) },
    resolve: async (query, _r, { input }, ctx) => reload(ctx, "serviceWindow", query, await createServiceWindow(ctx, input)),
  }),
  updateServiceWindow: t.prismaField({
    type: "ServiceWindow",
    description: "Change a window, or close it (active: false). Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateServiceWindowInput }) },
    resolve: async (query, _r, { id, input }, ctx) => reload(ctx, "serviceWindow", query, await updateServiceWindow(ctx, id, input)),
  }),
  setServiceWindowClerks: t.prismaField({
    type: "ServiceWindow",
    description: "Replace the clerks staffing a window. Each account must hold ticket:handle in the community. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), accountIds: t.arg.idList({ description: "The clerks' accounts; an empty list leaves the window unstaffed." }) },
    resolve: async (query, _r, { id, accountIds }, ctx) => reload(ctx, "serviceWindow", query, await setServiceWindowClerks(ctx, id, accountIds.map(String))),
  }),
}));
