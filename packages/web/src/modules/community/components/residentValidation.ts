// Client-side checks of a resident form, the same rules the API applies (resident.validation.ts):
// the server stays the authority, these only save a round trip.
export const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** GB 11643-1999: 17 digits, a check character (0-9 or X), and a real birth date inside. */
export function isValidIdNumber(raw: string): boolean {
  const id = raw.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(id[i]), 0);
  if ("10X98765432"[sum % 11] !== id[17]) return false;
  const birth = id.slice(6, 14);
  const d = new Date(`${birth.slice(0, 4)}-${birth.slice(4, 6)}-${birth.slice(6, 8)}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10).replace(/-/g, "") === birth;
}

export type BirthDateProblem = "invalid" | "future" | null;

export function birthDateProblem(value: string, today = new Date()): BirthDateProblem {
  if (!value) return null;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return "invalid";
  const d = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) return "invalid";
  return value > today.toISOString().slice(0, 10) ? "future" : null;
}
