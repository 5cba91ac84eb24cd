// Global ids that may name one of several types (a Community or a Region).
import { decodeGlobalID } from "@pothos/plugin-relay";
import { UserError } from "../../shared/errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Decode a global id of one of `types`; INVALID naming `field` otherwise. */
export function parseTypedId<T extends string>(field: string, value: string, types: readonly T[]): { type: T; id: string } {
  let d: { typename: string; id: string } | null;
  try {
    d = decodeGlobalID(value);
  } catch {
    d = null;
  }
  if (!d || !UUID.test(d.id) || !types.includes(d.typename as T)) {
    throw new UserError("INVALID", `不是有效的${types.join("/")} ID (${field}: malformed or wrong type)`, field);
  }
  return { type: d.typename as T, id: d.id };
}
