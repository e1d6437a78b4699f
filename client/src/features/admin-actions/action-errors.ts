/** Reasons with their own text in admin-actions.messages.ts. */
export const ACTION_REASONS = ['TEMPLATE_NOT_FOUND', 'UNSUPPORTED_VARIABLES', 'MISSING_REQUIRED_VARIABLE', 'REQUIRED', 'NOT_APPLICABLE', 'NOT_FOUND'] as const;
export type ActionReason = (typeof ACTION_REASONS)[number];

export function knownReason(reason: string | undefined): ActionReason | undefined {
  return ACTION_REASONS.find((candidate) => candidate === reason);
}
