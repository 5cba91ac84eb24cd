// Relay global ids: base64("Type:uuid"). Inputs take global ids; a malformed one or one of the
// wrong type is a typed INVALID error naming the field.
import { decodeGlobalID, encodeGlobalID } from "@pothos/plugin-relay";
import { UserError } from "./errors.js";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const toGlobalId = (type: string, id: string) => encodeGlobalID(type, id);

/** Decode a global id of one of `types`; throws UserError INVALID naming `field`. */
export function parseId(field: string, value: string, ...types: string[]): string {
  let decoded: { typename: string; id: string } | null;
  try {
    decoded = decodeGlobalID(value);
  } catch {
    decoded = null;
  }
  if (!decoded || !UUID.test(decoded.id) || (types.length > 0 && !types.includes(decoded.typename))) {
    throw new UserError("INVALID", `不是有效的${types.join("/")} ID (${field}: malformed or wrong type)`, field);
  }
  return decoded.id;
}

export function parseOptionalId(field: string, value: string | null | undefined, ...types: string[]): string | null | undefined {
  if (value === undefined) return undefined;
  if (value === null || value === "") return null;
  return parseId(field, value, ...types);
}

/** Decode a global id that may name one of several `types`; returns which. INVALID naming `field` otherwise. */
export function parseTypedId<T extends string>(field: string, value: string, types: readonly T[]): { type: T; id: string } {
  let decoded: { typename: string; id: string } | null;
  try {
    decoded = decodeGlobalID(value);
  } catch {
    decoded = null;
  }
  if (!decoded || !UUID.test(decoded.id) || !types.includes(decoded.typename as T)) {
    throw new UserError("INVALID", `不是有效的${types.join("/")} ID (${field}: malformed or wrong type)`, field);
  }
  return { type: decoded.typename as T, id: decoded.id };
}
