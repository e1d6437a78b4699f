import type { Language } from '../lib/i18n.js';

export function LanguageSelect({ label, value, onChange }: { label: string; value: Language; onChange: (language: Language) => void }) {
  return (
    <label className="language-select">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Language)}>
        <option value="es" lang="es">
          Español
        </option>
        <option value="en" lang="en">
          English
        </option>
      </select>
    </label>
  );
}
