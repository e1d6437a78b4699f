import './cups-select.css';

export type CupsOption = { cups: string; address: string };

/** Picks one supply point; the caller keeps the choice (in the URL, see lib/use-search-param.ts). */
export function CupsSelect({ label, options, value, onChange }: { label: string; options: readonly CupsOption[]; value: string; onChange: (cups: string) => void }) {
  return (
    <label className="field cups-select">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.cups} value={option.cups}>
            {option.cups} · {option.address}
          </option>
        ))}
      </select>
    </label>
  );
}
