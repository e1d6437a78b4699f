import type { RuleTree, ShieldRule } from './rules.js';

/**
 * `{ A: { '*': rule }, B: { '*': rule } }`: types every field of which follows one rule. A
 * module's result types mostly share the rule of the operation that returns them, and one list
 * says so once; spread it into the module's tree beside the fields ruled one by one.
 */
export function wholeTypes(rule: ShieldRule, types: readonly string[]): RuleTree {
  return Object.fromEntries(types.map((type) => [type, { '*': rule }]));
}
