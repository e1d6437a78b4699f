import { getNamedType, isAbstractType, isIntrospectionType, isObjectType, type GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { allow, deny } from 'graphql-shield';
import type { RuleTree, ShieldRule } from './rules.js';

// graphql-shield wraps every field of the schema in an async middleware, leaves included: a list
// of 1,000 measurement points with 4 fields each costs 4,000 promises and rule lookups per
// request, for checks that cannot change the answer. A field's check is redundant when
//   - its rule is `allow`, or
//   - its rule only reads the request's context (cache 'contextual': shield evaluates it once per
//     request and answers every later field from that cache), and every field of the schema that
//     returns the field's type (directly, or through an interface or union) has that very rule.
//     To resolve the field, its parent object was returned by one of those fields, which passed
//     the same rule in the same request, so shield would answer from its cache anyway.
// Such fields get their own resolver back. Root types (Query, Mutation) are never touched: no
// field returns them, and the read-only middleware for acting sessions lives on Mutation.

/** The rule shield applies to `type.field`: the field's, else the type's '*', else the fallback. */
export function ruleOf(rules: RuleTree, type: string, field: string, fallback: ShieldRule): ShieldRule {
  return rules[type]?.[field] ?? rules[type]?.['*'] ?? fallback;
}

/** The rule reads nothing but the context: `allow`, a contextual rule, or logic over such rules. */
function isContextual(rule: ShieldRule): boolean {
  if (rule === allow) return true;
  if (rule === deny) return false;
  if ('getRules' in rule) return rule.getRules().every(isContextual);
  return 'cache' in rule && rule.cache === 'contextual';
}

/** Object types by name → the rules of every object field that can return them. */
function reachingRules(schema: GraphQLSchema, rules: RuleTree, fallback: ShieldRule): Map<string, Set<ShieldRule>> {
  const reaching = new Map<string, Set<ShieldRule>>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const returned = getNamedType(field.type);
      const targets: readonly GraphQLObjectType[] = isObjectType(returned)
        ? [returned]
        : isAbstractType(returned)
          ? schema.getPossibleTypes(returned)
          : [];
      const rule = ruleOf(rules, type.name, field.name, fallback);
      for (const target of targets) {
        const set = reaching.get(target.name) ?? new Set<ShieldRule>();
        set.add(rule);
        reaching.set(target.name, set);
      }
    }
  }
  return reaching;
}

/**
 * Restores, in `secured` (the schema with shield applied), the resolver of `plain` (the same
 * schema before it) on every field whose check is redundant. Returns their `Type.field` names.
 */
export function unwrapRedundantChecks(secured: GraphQLSchema, plain: GraphQLSchema, rules: RuleTree, fallback: ShieldRule): string[] {
  const reaching = reachingRules(plain, rules, fallback);
  const roots = new Set([plain.getQueryType(), plain.getMutationType(), plain.getSubscriptionType()].map((t) => t?.name));
  const unwrapped: string[] = [];
  for (const type of Object.values(plain.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type) || roots.has(type.name)) continue;
    const parents = reaching.get(type.name);
    const securedFields = (secured.getType(type.name) as GraphQLObjectType).getFields();
    for (const field of Object.values(type.getFields())) {
      const rule = ruleOf(rules, type.name, field.name, fallback);
      const redundant = rule === allow || (isContextual(rule) && parents?.size === 1 && parents.has(rule));
      if (!redundant) continue;
      securedFields[field.name]!.resolve = field.resolve;
      unwrapped.push(`${type.name}.${field.name}`);
    }
  }
  return unwrapped;
}
