// Dates and times in the reader's language.
export function formatDateTime(value: string | null | undefined, lng: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeStyle: "short" }).format(d);
}

/** A calendar date (YYYY-MM-DD) stays a calendar date: no time zone shift. */
export function formatDate(value: string | null | undefined, lng: string): string | null {
  if (!value) return null;
  const d = new Date(`${value.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return value;
  return new Intl.DateTimeFormat(lng, { dateStyle: "medium", timeZone: "UTC" }).format(d);
}

/** "" → null, for optional text inputs. */
export const orNull = (s: string) => (s.trim() === "" ? null : s.trim());
