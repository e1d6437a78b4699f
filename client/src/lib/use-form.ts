import { useCallback, useEffect, useId, useRef, useState } from 'react';

/** A form's problems by field name ('email', 'related:3', 'cups:ES00…'), as the text shown under the field. */
export type Problems = Partial<Record<string, string>>;

/** Problems with a text, dropping fields set to undefined. */
export function presentProblems(problems: Problems): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).filter((entry): entry is [string, string] => Boolean(entry[1])));
}

/** The field an API argument names: `input.email` -> `email`, `input.relatedFiscalIds[2]` -> `relatedFiscalIds`. */
export function fieldOfArgument(argument: string | undefined): string | undefined {
  return argument ? /^(?:input\.)?(\w+)/.exec(argument)?.[1] : undefined;
}

/** An `aria-describedby` value from ids that may be missing; undefined when none is left. */
export function joinIds(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(' ') || undefined;
}

/** The id of a field's error text, safe for any field name. */
export function errorIdOf(formId: string, field: string): string {
  return `${formId}-${field.replace(/[^\w-]/g, '_')}-error`;
}

type ControlOptions = {
  /** Also marked invalid without a problem of its own (e.g. a live warning). */
  invalid?: boolean;
  /** Ids of hints or warnings that describe the control, before its error. */
  describedBy?: (string | false | null | undefined)[];
};

type Options<V> = {
  initial: V | (() => V);
  /** The id of the element that shows a field's problem, where the form shows them all in one place. */
  errorId?: (field: string) => string;
  /** Problems found without the server, recomputed from the values as the person types. */
  validate?: (values: V) => Problems;
};

/**
 * A form's values, its problems (client validation and the API's, by field), the aria props each
 * control needs, focus on the first problem once shown, and what is being submitted.
 */
export function useForm<V, Action extends string = 'submit'>({ initial, validate, errorId: sharedErrorId }: Options<V>) {
  const formId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<V>(initial);
  const [reported, setReported] = useState<Problems>({});
  const [submitting, setSubmitting] = useState<Action | null>(null);
  const live = presentProblems(validate?.(values) ?? {});
  const problems = presentProblems({ ...reported, ...live });

  // Focus moves once the problems are on screen: after React has committed them.
  const [focusRequest, setFocusRequest] = useState<{ fields: ReadonlySet<string> } | null>(null);
  useEffect(() => {
    if (!focusRequest) return;
    const controls = formRef.current?.querySelectorAll<HTMLElement>('[data-field][aria-invalid="true"]') ?? [];
    Array.from(controls)
      .find((control) => focusRequest.fields.has(control.dataset.field ?? ''))
      ?.focus();
  }, [focusRequest]);

  /** Drops the reported problems of these fields (the person is fixing them). */
  const clear = useCallback((...fields: string[]) => {
    setReported((current) => {
      if (!fields.some((field) => current[field])) return current;
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
  }, []);

  /** Changes some values and clears the reported problems of `clears` (by default, the fields changed). */
  const change = useCallback(
    (patch: Partial<V>, clears: string[] = Object.keys(patch)) => {
      setValues((current) => ({ ...current, ...patch }));
      clear(...clears);
    },
    [clear],
  );

  /**
   * Shows these problems in place of the reported ones and focuses the first (with the live ones,
   * unless `focus` is false); false when there are none.
   */
  function report(found: Problems, { focus = true }: { focus?: boolean } = {}) {
    const present = presentProblems(found);
    setReported(present);
    const fields = new Set([...Object.keys(present), ...Object.keys(live)]);
    if (fields.size === 0) return false;
    if (focus) setFocusRequest({ fields });
    return true;
  }

  /** Runs one submission (or another action), marking it busy until it settles. */
  const run = useCallback(async (action: Action, task: () => Promise<void>) => {
    setSubmitting(action);
    try {
      await task();
    } finally {
      setSubmitting(null);
    }
  }, []);

  const errorId = (field: string) => sharedErrorId?.(field) ?? errorIdOf(formId, field);

  /** The props that tie a control to its problem: data-field (for focus), aria-invalid, aria-describedby. */
  function control(field: string, { invalid, describedBy = [] }: ControlOptions = {}) {
    const problem = problems[field];
    return {
      'data-field': field,
      'aria-invalid': problem || invalid ? (true as const) : undefined,
      'aria-describedby': joinIds(...describedBy, problem && errorId(field)),
    };
  }

  return { formId, formRef, values, setValues, change, problems, live, report, clear, control, errorId, submitting, run };
}

/** What a field component needs of its form: its problem, its aria props and its error's id. */
export type FormFields = Pick<ReturnType<typeof useForm<unknown, string>>, 'problems' | 'control' | 'errorId'>;
