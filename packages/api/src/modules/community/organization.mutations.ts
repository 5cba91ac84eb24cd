import { builder } from "../../builder.js";
import { PartyOrganizationKindEnum, SocialOrganizationCategoryEnum } from "./organization.type.js";
import { createPartyOrganization, createSocialOrganization, updatePartyOrganization, updateSocialOrganization } from "./organization.service.js";
import { reload } from "../../shared/reload.js";

const socialInput = (name: string, create: boolean) =>
  builder.inputType(name, {
    fields: (t) => ({
      ...(create ? { communityId: t.id() } : {}),
      name: t.string({ required: create }),
      category: t.field({ type: SocialOrganizationCategoryEnum, required: create }),
      registeredOn: t.field({ type: "Date", required: false }),
      contactName: t.string({ required: false }),
      contactPhone: t.string({ required: false }),
      description: t.string({ required: false }),
    }),
  });
const partyInput = (name: string, create: boolean) =>
  builder.inputType(name, {
    fields: (t) => ({
      ...(create ? { communityId: t.id() } : {}),
      name: t.string({ required: create }),
      kind: t.field({ type: PartyOrganizationKindEnum, required: create }),
      parentId: t.id({ required: false }),
      secretaryName: t.string({ required: false }),
    }),
  });
const CreateSocialOrganizationInput = socialInput("CreateSocialOrganizationInput", true);
const UpdateSocialOrganizationInput = socialInput("UpdateSocialOrganizationInput", false);
const CreatePartyOrganizationInput = partyInput("CreatePartyOrganizationInput", true);
const UpdatePartyOrganizationInput = partyInput("UpdatePartyOrganizationInput", false);

builder.mutationFields((t) => ({
  createSocialOrganization: t.prismaField({
    type: "SocialOrganization",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateSocialOrganizationInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "socialOrganization", query, createSocialOrganization(ctx, input as { communityId: string })),
  }),
  updateSocialOrganization: t.prismaField({
    type: "SocialOrganization",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateSocialOrganizationInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "socialOrganization", query, updateSocialOrganization(ctx, id, input)),
  }),
  createPartyOrganization: t.prismaField({
    type: "PartyOrganization",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreatePartyOrganizationInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "partyOrganization", query, createPartyOrganization(ctx, input as { communityId: string })),
  }),
  updatePartyOrganization: t.prismaField({
    type: "PartyOrganization",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdatePartyOrganizationInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "partyOrganization", query, updatePartyOrganization(ctx, id, input)),
  }),
}));
