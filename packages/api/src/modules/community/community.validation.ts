import { z } from "zod";
import { parseId } from "../../shared/ids.js";

export const name = (max = 60) => z.string().trim().min(1, "不能为空 (required)").max(max, `不能超过${max}个字 (at most ${max} characters)`);
export const optionalText = (max: number) =>
  z.string().trim().max(max, `不能超过${max}个字 (at most ${max} characters)`).nullish().transform((v) => (v === "" ? null : v));
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, "编码只能包含字母、数字、- 和 _，最多32位 (letters, digits, - and _)")
  .nullish()
  .or(z.literal("").transform(() => null));

/** A global id of `type`, decoded to the row id; a malformed one is an INVALID issue on its field. */
export const gid = (type: string) =>
  z.string().transform((v, ctx) => {
    try {
      return parseId("", v, type);
    } catch {
      ctx.addIssue({ code: "custom", message: `不是有效的${type} ID (malformed or wrong type)` });
      return z.NEVER;
    }
  });
export const optionalGid = (type: string) => gid(type).nullish().or(z.literal("").transform(() => null));

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


const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD")
  .transform((d) => new Date(`${d}T00:00:00Z`))
  .nullish();
const contactPhone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "电话号码格式不正确 (not a valid phone number)")
  .nullish()
  .or(z.literal("").transform(() => null));
export const socialOrganizationInput = z.object({
  name: name(80),
  category: z.enum(["LIFE_SERVICE", "CHARITY", "MUTUAL_AID", "CULTURE_SPORTS", "OTHER"]),
  registeredOn: date,
  contactName: optionalText(40),
  contactPhone,
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
