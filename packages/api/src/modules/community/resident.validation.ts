import { z } from "zod";
import { name, optionalGid, optionalText } from "../../shared/validation.js";
import { chinaDay } from "../../shared/chinaTime.js";

/** GB 11643-1999: 17 digits and a check character (0-9 or X). */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  const check = "10X98765432"[sum % 11];
  const birth = id.slice(6, 14);
  const d = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  return check === id[17] && !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replace(/-/g, "") === birth;
}

const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "手机号应为11位 (如 13800138000)，座机如 0750-3123456 (not a valid phone number)")
  .nullish()
  .or(z.literal("").transform(() => null));

const idNumber = z
  .string()
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, "身份证号应为18位且校验位正确 (not a valid ID number)")
  .nullish()
  .or(z.literal("").transform(() => null));

const birthDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD")
  // "Today" is China's: a child born this morning in China is born "today" although it is still yesterday in UTC.
  .refine((d) => d <= chinaDay(new Date()), "出生日期不能晚于今天 (birth date in the future)")
  .transform((d) => new Date(`${d}T00:00:00Z`))
  .nullish();

export const residentInput = z.object({
  name: name(50),
  gender: z.enum(["MALE", "FEMALE"]).nullish(),
  birthDate,
  phone,
  idNumber,
  registration: z.enum(["REGISTERED", "RESIDENT"]).default("REGISTERED"),
  householdId: optionalGid("Household"),
  gridId: optionalGid("Grid"),
  isPartyMember: z.boolean().default(false),
  partyOrganizationId: optionalGid("PartyOrganization"),
  isNotable: z.boolean().default(false),
  isDeputy: z.boolean().default(false),
  isRetiredCadre: z.boolean().default(false),
  note: optionalText(500),
});

export const residentUpdate = z.object({
  name: name(50).optional(),
  gender: z.enum(["MALE", "FEMALE"]).nullish(),
  birthDate,
  phone,
  idNumber,
  registration: z.enum(["REGISTERED", "RESIDENT"]).optional(),
  householdId: optionalGid("Household"),
  gridId: optionalGid("Grid"),
  isPartyMember: z.boolean().optional(),
  partyOrganizationId: optionalGid("PartyOrganization"),
  isNotable: z.boolean().optional(),
  isDeputy: z.boolean().optional(),
  isRetiredCadre: z.boolean().optional(),
  note: optionalText(500),
});
