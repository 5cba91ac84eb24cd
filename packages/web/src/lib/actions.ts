// Actions as the contract spells them. The API's one list names an action `resource:verb`
// (resident:viewPii); the contract's enum Action spells it RESOURCE_VERB (RESIDENT_VIEW_PII), and
// `viewerActions` lists those. The web app keeps writing `resource:verb` and checks it against the
// enum at compile time: a misspelt action is a type error.

/** "viewPii" → "_VIEW_PII"-style upper snake case, letter by letter. */
type Snake<S extends string> = S extends `${infer H}${infer T}` ? `${H extends Lowercase<H> ? Uppercase<H> : `_${H}`}${Snake<T>}` : "";

/** The enum value of `resource:verb` (a value already in enum form stays as it is). */
export type ActionEnumOf<A extends string> = A extends `${infer R}:${infer V}` ? `${Snake<R>}_${Snake<V>}` : A;

/** `resource:verb` → RESOURCE_VERB, as the API's enum Action does. */
export const actionEnum = <A extends string>(action: A) => action.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(":", "_").toUpperCase() as ActionEnumOf<A>;

/**
 * `action` when it names a value of the enum E, else never (so a misspelt literal fails to
 * typecheck). A value typed only as `string` (a lookup table's) passes unchecked.
 */
export type ActionOf<A extends string, E extends string> = A & (string extends A ? unknown : ActionEnumOf<A> extends E ? unknown : never);

/** Does a list of the contract's Action values (viewerActions) hold `resource:verb`? */
export const holds = <E extends string, A extends string>(held: readonly E[] | null | undefined, action: ActionOf<A, E>) =>
  !!held && (held as readonly string[]).includes(actionEnum(action));
