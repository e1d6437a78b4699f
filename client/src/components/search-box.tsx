import { useEffect, useId, useState, type FormEvent } from 'react';

type SearchBoxProps = {
  /** The applied search ('' for none); the box follows it when it changes (back/forward). */
  value: string;
  /** The trimmed text, on submit (Enter or the button) and '' on clear. */
  onSearch: (value: string) => void;
  label: string;
  submitLabel: string;
  placeholder?: string;
  /** Shows a clear button while a search is applied. */
  clearLabel?: string;
  className?: string;
  submitClassName?: string;
  /** A search landmark (role="search") of its own, where no FilterBar names one. */
  landmark?: boolean;
};

/** A search text applied on submit, not on every key. */
export function SearchBox({ value, onSearch, label, submitLabel, placeholder, clearLabel, className, submitClassName, landmark }: SearchBoxProps) {
  const id = useId();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }
  return (
    <form className={className} role={landmark ? 'search' : undefined} onSubmit={submit}>
      <div className="field">
        <label htmlFor={id}>{label}</label>
        <input id={id} type="search" value={text} onChange={(event) => setText(event.target.value)} placeholder={placeholder} />
      </div>
      <button type="submit" className={submitClassName}>
        {submitLabel}
      </button>
      {clearLabel && value ? (
        <button type="button" className="secondary" onClick={() => onSearch('')}>
          {clearLabel}
        </button>
      ) : null}
    </form>
  );
}
