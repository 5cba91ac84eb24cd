/** Is `v` one of an enum's values (a SegmentedControl's or Select's string narrowed to the enum)? */
export const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
