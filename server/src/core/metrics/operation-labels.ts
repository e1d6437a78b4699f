/** The label of a request whose document never got to an operation (it did not parse or validate). */
export const UNRESOLVED_OPERATION = '(unresolved)';
/** The label of an operation without a name. */
export const ANONYMOUS_OPERATION = '(anonymous)';
/** The label of the named operations beyond the cap, and of names that are not plain identifiers. */
export const OTHER_OPERATION = '(other)';

const OPERATION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Operation names as metric labels, with a bounded set of values: anyone can send a document
 * with a new name, and each label value is a time series Prometheus keeps. Names are taken first
 * come, first served, up to `limit` (the SPA has about 120 operations); later ones are folded.
 */
export class OperationLabels {
  private readonly seen = new Set<string>();

  constructor(private readonly limit: number) {}

  labelOf(name: string | null | undefined): string {
    if (name === null || name === undefined) return ANONYMOUS_OPERATION;
    if (!OPERATION_NAME.test(name)) return OTHER_OPERATION;
    if (this.seen.has(name)) return name;
    if (this.seen.size >= this.limit) return OTHER_OPERATION;
    this.seen.add(name);
    return name;
  }
}
