// The resident form's values, rules and the mapping to the API's inputs.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import type { TFunction } from "i18next";
import { orNull } from "../../../lib/format";
import { birthDateProblem, isValidIdNumber, PHONE } from "./residentValidation";

export const ResidentFormFields = graphql(`
  fragment ResidentFormFields on Resident {
    id
    name
    gender
    birthDate
    birthYear
    age
    registration
    isPartyMember
    isNotable
    isDeputy
    isRetiredCadre
    note
    maskedPhone
    maskedIdNumber
    grid {
      id
    }
    household {
      id
      address
    }
    partyOrganization {
      id
    }
  }
`);

export interface ResidentFormValues {
  name: string;
  gender: "MALE" | "FEMALE" | null;
  birthDate: string;
  registration: "REGISTERED" | "RESIDENT";
  phone: string;
  idNumber: string;
  gridId: string | null;
  householdId: string | null;
  isPartyMember: boolean;
  partyOrganizationId: string | null;
  isNotable: boolean;
  isDeputy: boolean;
  isRetiredCadre: boolean;
  note: string;
}

export function initialValues(resident: FragmentOf<typeof ResidentFormFields> | undefined): ResidentFormValues {
  const r = resident ? readFragment(ResidentFormFields, resident) : null;
  return {
    name: r?.name ?? "",
    gender: r?.gender ?? null,
    birthDate: r?.birthDate ?? "",
    registration: r?.registration ?? "REGISTERED",
    // Personal numbers are never prefilled: the form only shows the masked value as a hint.
    phone: "",
    idNumber: "",
    gridId: r?.grid?.id ?? null,
    householdId: r?.household?.id ?? null,
    isPartyMember: r?.isPartyMember ?? false,
    partyOrganizationId: r?.partyOrganization?.id ?? null,
    isNotable: r?.isNotable ?? false,
    isDeputy: r?.isDeputy ?? false,
    isRetiredCadre: r?.isRetiredCadre ?? false,
    note: r?.note ?? "",
  };
}

export function residentRules(t: TFunction) {
  return {
    name: (v: string) => (v.trim() ? null : t("residents.validation.nameRequired")),
    phone: (v: string) => (!v.trim() || PHONE.test(v.trim()) ? null : t("residents.validation.phoneInvalid")),
    idNumber: (v: string) => (!v.trim() || isValidIdNumber(v) ? null : t("residents.validation.idNumberInvalid")),
    birthDate: (v: string) => {
      const problem = birthDateProblem(v);
      if (problem === "future") return t("residents.validation.birthDateFuture");
      if (problem === "invalid") return t("residents.validation.birthDateInvalid");
      return null;
    },
  };
}

/**
 * The fields both createResident and updateResident take. Empty phone/ID on an edit keep the stored
 * value; so does an empty birth date the viewer could not see (`birthDateHidden`), and the ID number
 * is sent only by viewers who may set it.
 */
export function toInput(v: ResidentFormValues, editing: boolean, opts: { birthDateHidden?: boolean; canViewPii?: boolean } = {}) {
  const phone = orNull(v.phone);
  const idNumber = opts.canViewPii === false ? null : (orNull(v.idNumber)?.toUpperCase() ?? null);
  const birthDate = orNull(v.birthDate);
  const keepBirthDate = editing && opts.birthDateHidden && !birthDate;
  return {
    name: v.name.trim(),
    gender: v.gender,
    ...(keepBirthDate ? {} : { birthDate }),
    registration: v.registration,
    gridId: v.gridId,
    householdId: v.householdId,
    isPartyMember: v.isPartyMember,
    partyOrganizationId: v.isPartyMember ? v.partyOrganizationId : null,
    isNotable: v.isNotable,
    isDeputy: v.isDeputy,
    isRetiredCadre: v.isRetiredCadre,
    note: orNull(v.note),
    ...(editing ? { ...(phone ? { phone } : {}), ...(idNumber ? { idNumber } : {}) } : { phone, ...(opts.canViewPii === false ? {} : { idNumber }) }),
  };
}
