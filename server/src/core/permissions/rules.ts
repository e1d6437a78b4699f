import type { Section } from '@portal/shared';
import { GraphQLError } from 'graphql';
import { allow, and, rule } from 'graphql-shield';
import type { Context, Viewer } from '../context.js';
import { ErrorCode } from '../errors.js';

/** A rule or a logic rule (and/or/not); graphql-shield does not export the union itself. */
export type ShieldRule = Parameters<typeof and>[number];
/** One module's rules: `{ Query: { field: rule }, SomeType: { '*': rule, field: rule } }`. */
export type RuleTree = Record<string, Record<string, ShieldRule>>;

export function unauthenticated(): GraphQLError {
  return new GraphQLError('Sign in to continue.', { extensions: { code: ErrorCode.UNAUTHENTICATED } });
}

export function forbidden(): GraphQLError {
  return new GraphQLError('You are not allowed to see this.', { extensions: { code: ErrorCode.FORBIDDEN } });
}

// `contextual` caching: each rule runs once per request, not once per field of a long list.

/** Anyone, signed in or not (sign-in mutations, public market data…). */
export const isPublic: ShieldRule = allow;

export const isSignedIn: ShieldRule = rule('isSignedIn', { cache: 'contextual' })(
  (_parent, _args, ctx: Context) => (ctx.viewer ? true : unauthenticated()),
);

export const isAdmin: ShieldRule = rule('isAdmin', { cache: 'contextual' })((_parent, _args, ctx: Context) => {
  if (!ctx.viewer) return unauthenticated();
  return ctx.viewer.isAdmin ? true : forbidden();
});

const sectionRules = new Map<Section, ShieldRule>();

/** The viewer's user types include `section` (PRODUCT.md matrix in shared/); admins see all. */
export function canSee(section: Section): ShieldRule {
  let sectionRule = sectionRules.get(section);
  if (!sectionRule) {
    sectionRule = rule(`canSee:${section}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.viewer) return unauthenticated();
      return ctx.viewer.sections.includes(section) ? true : forbidden();
    });
    sectionRules.set(section, sectionRule);
  }
  return sectionRule;
}

const anySectionRules = new Map<string, ShieldRule>();

/** Whether the viewer sees at least one of `sections`: the one answer canSeeAny and upload routes share. */
export function seesAnySection(viewer: Viewer, sections: readonly Section[]): boolean {
  return sections.some((section) => viewer.sections.includes(section));
}

/**
 * The viewer's user types include at least one of `sections`; admins see all. One rule object per
 * set of sections, so fields guarded by the same set share it (and shield's per-request cache).
 */
export function canSeeAny(sections: readonly Section[]): ShieldRule {
  const key = [...sections].sort().join('|');
  let anyRule = anySectionRules.get(key);
  if (!anyRule) {
    anyRule = rule(`canSeeAny:${key}`, { cache: 'contextual' })((_parent, _args, ctx: Context) => {
      if (!ctx.viewer) return unauthenticated();
      return seesAnySection(ctx.viewer, sections) ? true : forbidden();
    });
    anySectionRules.set(key, anyRule);
  }
  return anyRule;
}
