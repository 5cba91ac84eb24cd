// Introspection is open to everyone (third-party developers read the schema through it; GraphiQL
// needs it), so it is bounded instead: the armor depth and cost limits skip introspection fields,
// and __Type's fields lead back to __Type, so `__schema{types{fields{type{fields{…}}}}}` or a dozen
// aliased `__schema` selections would walk the schema thousands of times. This validation rule
// allows what introspection clients actually send (graphql-js `getIntrospectionQuery`, GraphiQL,
// codegen, Apollo/Relay tooling) and refuses the rest before execution:
//  - at most one `__schema` selection per operation, and at most `maxTypeLookups` `__type` selections;
//  - on any path, at most one of a type's member lists (fields, inputFields, interfaces,
//    possibleTypes, enumValues): a type's fields may be listed, not the fields of the fields' types;
//  - on any path, at most `maxOfType` nested `ofType` (the standard query nests 7).
// Validation results are cached per document by yoga, which is right here: the rule reads only the document.
import type { Plugin } from "graphql-yoga";
import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from "graphql";

export const INTROSPECTION_LIMITS = { maxSchema: 1, maxTypeLookups: 10, maxOfType: 10, maxMemberLists: 1, maxSelections: 20_000 };

const MEMBER_LISTS = new Set(["fields", "inputFields", "interfaces", "possibleTypes", "enumValues"]);

function refuse(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "INVALID", field: "query", http: { status: 400 } } });
}

/** The validation rule (for `addValidationRule` in an envelop onValidate hook). */
export function introspectionLimitRule(context: ValidationContext): ASTVisitor {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

  return {
    OperationDefinition(operation) {
      const counts = { schema: 0, type: 0 };
      let problem: string | null = null;
      // Fragments spread inside fragments multiply: the walk counts every selection it visits and
      // stops at a budget no real document comes near.
      let visited = 0;
      // Walks the selection tree through fragment spreads; `stack` guards against fragment cycles
      // (graphql's own NoFragmentCycles rule reports those).
      const walk = (set: SelectionSetNode, inIntrospection: boolean, memberLists: number, ofType: number, stack: Set<string>): void => {
        for (const sel of set.selections) {
          if (problem) return;
          if (++visited > INTROSPECTION_LIMITS.maxSelections) {
            problem = `查询过于复杂 (more than ${INTROSPECTION_LIMITS.maxSelections} selections once fragments are spread)`;
            return;
          }
          if (sel.kind === Kind.FRAGMENT_SPREAD) {
            const frag = fragments.get(sel.name.value);
            if (!frag || stack.has(frag.name.value)) continue;
            stack.add(frag.name.value);
            walk(frag.selectionSet, inIntrospection, memberLists, ofType, stack);
            stack.delete(frag.name.value);
            continue;
          }
          if (sel.kind === Kind.INLINE_FRAGMENT) {
            walk(sel.selectionSet, inIntrospection, memberLists, ofType, stack);
            continue;
          }
          const name = sel.name.value;
          let inside = inIntrospection;
          let lists = memberLists;
          let depth = ofType;
          if (name === "__schema") {
            inside = true;
            if (++counts.schema > INTROSPECTION_LIMITS.maxSchema) problem = `一个请求最多查询一次 __schema (at most ${INTROSPECTION_LIMITS.maxSchema} __schema selection per operation)`;
          } else if (name === "__type") {
            inside = true;
            if (++counts.type > INTROSPECTION_LIMITS.maxTypeLookups) problem = `一个请求最多查询 ${INTROSPECTION_LIMITS.maxTypeLookups} 次 __type (at most ${INTROSPECTION_LIMITS.maxTypeLookups} __type selections per operation)`;
          } else if (inside && MEMBER_LISTS.has(name)) {
            if (++lists > INTROSPECTION_LIMITS.maxMemberLists) problem = `内省查询不能嵌套列出类型成员：${name} (introspection may list a type's members once per path, not the members of their types)`;
          } else if (inside && name === "ofType") {
            if (++depth > INTROSPECTION_LIMITS.maxOfType) problem = `内省查询的 ofType 最多嵌套 ${INTROSPECTION_LIMITS.maxOfType} 层 (ofType nested deeper than ${INTROSPECTION_LIMITS.maxOfType})`;
          }
          if (!problem && sel.selectionSet) walk(sel.selectionSet, inside, lists, depth, stack);
        }
      };
      walk(operation.selectionSet, false, 0, 0, new Set());
      if (problem) context.reportError(refuse(problem));
      return false;
    },
  };
}

/** The envelop plugin that adds the rule to every validation. */
export const introspectionLimitsPlugin = <C extends Record<string, any> = Record<string, unknown>>(): Plugin<C> => ({
  onValidate: ({ addValidationRule }) => addValidationRule(introspectionLimitRule),
});
