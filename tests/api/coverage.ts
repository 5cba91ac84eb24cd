// Which suite covers which root field. The foundation's suites (tenancy, audit, roles) cover the
// foundation's fields; each capability's access suite covers its own and checks that it does.
// Together they must cover the whole schema: a field that matches no capability is the
// foundation's, and the foundation suites fail until they cover it.
import { D, READ_FIELDS } from "./deliberation.kit.js";
import { P, READ_FIELDS as PROJECT_READ_FIELDS } from "./projects-kit.js";
import { V, V_READ_FIELDS } from "./volunteering-kit.js";

const SERVICE_COMPLEX = /service|room|holiday/i; // serviceTenancy.test.ts
const DELIBERATION = { query: new Set<string>(READ_FIELDS), mutation: new Set(Object.keys(D)) }; // deliberation.access.test.ts
const PROJECTS = { query: new Set<string>(PROJECT_READ_FIELDS), mutation: new Set(Object.keys(P)) }; // projects.tenancy.test.ts
const VOLUNTEERING_POINTS = { query: new Set<string>(V_READ_FIELDS), mutation: new Set(Object.keys(V)) }; // volunteering.access.test.ts
/** Resident sign-in (issue #14): residentAuth.test.ts covers tenancy, audit and anonymous callers of these. */
export const RESIDENT_SIGN_IN = {
  query: new Set(["messageLog"]),
  mutation: new Set(["requestResidentCode", "signInResident", "signInResidentWithCard", "signOutResident", "issueResidentSignInCard"]),
};

export const isCapabilityField = (kind: "query" | "mutation", field: string) => SERVICE_COMPLEX.test(field) || DELIBERATION[kind].has(field) || PROJECTS[kind].has(field) || VOLUNTEERING_POINTS[kind].has(field) || RESIDENT_SIGN_IN[kind].has(field);

/** The root fields the foundation's own suites must cover. */
export function foundationFields(fields: { query: string[]; mutation: string[] }) {
  return { query: fields.query.filter((f) => !isCapabilityField("query", f)), mutation: fields.mutation.filter((f) => !isCapabilityField("mutation", f)) };
}
