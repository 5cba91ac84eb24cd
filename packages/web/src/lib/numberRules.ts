// Number fields are never clamped silently (the theme sets NumberInput's clampBehavior to "none"):
// what was typed is what is checked, and a value out of range gets the form's message instead.

/** A whole number (a safe integer) from min to max inclusive; "" and non-numbers are not. */
export const wholeInRange = (v: unknown, min: number, max: number): v is number => typeof v === "number" && Number.isSafeInteger(v) && v >= min && v <= max;
