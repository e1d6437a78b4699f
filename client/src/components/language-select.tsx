import type { Language } from '../lib/i18n.js';

/** The portal's languages as options, each named in itself; `values` follows the API's ES/EN or the UI's es/en. */
export function LanguageOptions({ values = 'ui' }: { values?: 'ui' | 'api' }) {
  const value = (language: Language) => (values === 'api' ? language.toUpperCase() : language);
  return (
    <>
      <option value={value('es')} lang="es">
        Español
      </option>
      <option value={value('en')} lang="en">
        English
      </option>
    </>
  );
}

export function LanguageSelect({ label, value, onChange }: { label: string; value: Language; onChange: (language: Language) => void }) {
  return (
    <label className="language-select">
      <span className="visually-hidden">{label}</span>
      <select value={value} onChange={(event) => onChange(event.target.value as Language)}>
        <LanguageOptions />
      </select>
    </label>
  );
}
