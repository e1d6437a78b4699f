import { useId } from 'react';

export type FilterOption = { value: string; label: string };

/** A list filter: a labelled select whose first option ("all") means no filter, reported as null. */
export function FilterSelect({
  label,
  allLabel,
  options,
  value,
  onChange,
  className,
}: {
  label: string;
  allLabel: string;
  options: readonly FilterOption[];
  value: string | null;
  onChange: (value: string | null) => void;
  className?: string;
}) {
  const id = useId();
  // Labelled by id rather than by wrapping: a wrapping label's text would include every option's.
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{allLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Supply points as filter options: the CUPS, and the address that makes it recognisable. */
export function supplyPointOptions(points: readonly { cups: string; address: string }[]): FilterOption[] {
  return points.map((point) => ({ value: point.cups, label: `${point.cups} · ${point.address}` }));
}

/** A filter value from the URL counts only if it is one of the choices (typed by hand, it may be anything). */
export function oneOf<T extends string>(choices: readonly T[], value: string | null): T | null {
  return (choices as readonly string[]).includes(value ?? '') ? (value as T) : null;
}
