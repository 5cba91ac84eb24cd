import { z } from "zod";
import { code, day, name, optionalGid, optionalText, phone } from "../../shared/validation.js";

export const regionInput = z.object({ name: name(), code });
export const communityInput = z.object({
  name: name(),
  kind: z.enum(["URBAN", "RURAL"]),
  code,
  address: optionalText(200),
});
export const communityUpdate = communityInput.partial();
export const gridInput = z.object({ name: name(40), code, description: optionalText(500) });
export const gridUpdate = gridInput.partial();
export const householdInput = z.object({ address: name(200), gridId: optionalGid("Grid") });
export const householdUpdate = householdInput.partial();


export const socialOrganizationInput = z.object({
  name: name(80),
  category: z.enum(["LIFE_SERVICE", "CHARITY", "MUTUAL_AID", "CULTURE_SPORTS", "OTHER"]),
  registeredOn: day.nullish(),
  contactName: optionalText(40),
  contactPhone: phone,
  description: optionalText(1000),
});
export const socialOrganizationUpdate = socialOrganizationInput.partial();
export const partyOrganizationInput = z.object({
  name: name(80),
  kind: z.enum(["COMMITTEE", "GENERAL_BRANCH", "BRANCH"]),
  parentId: optionalGid("PartyOrganization"),
  secretaryName: optionalText(40),
});
export const partyOrganizationUpdate = partyOrganizationInput.partial();
