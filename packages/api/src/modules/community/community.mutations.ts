import { builder } from "../../builder.js";
import { CommunityKindEnum } from "./community.type.js";
import { createCommunity, createStreet, updateCommunity } from "./community.service.js";
import { reload } from "../../shared/reload.js";

const CreateStreetInput = builder.inputType("CreateStreetInput", {
  fields: (t) => ({
    districtId: t.id({ description: "The district (区) the street belongs to." }),
    name: t.string(),
    code: t.string({ required: false }),
  }),
});

const CreateCommunityInput = builder.inputType("CreateCommunityInput", {
  fields: (t) => ({
    streetId: t.id({ description: "The street (街道/乡镇) the community belongs to." }),
    name: t.string(),
    kind: t.field({ type: CommunityKindEnum }),
    code: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

const UpdateCommunityInput = builder.inputType("UpdateCommunityInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: CommunityKindEnum, required: false }),
    code: t.string({ required: false }),
    address: t.string({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  createStreet: t.prismaField({
    type: "Region",
    description: "Add a street under a district. Needs region:manage on the district.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateStreetInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "region", query, createStreet(ctx, input)),
  }),
  createCommunity: t.prismaField({
    type: "Community",
    description: "Add a community under a street. Needs region:manage on the street.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateCommunityInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "community", query, createCommunity(ctx, input)),
  }),
  updateCommunity: t.prismaField({
    type: "Community",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateCommunityInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "community", query, updateCommunity(ctx, id, input)),
  }),
}));
