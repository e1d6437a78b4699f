import { useId, useState } from 'react';
import { CSV_FORMATS, downloadText, type CsvFormat } from '../lib/csv.js';
import { useCsvExportMessages } from './csv-export.messages.js';
import './csv-export.css';

type Props = {
  /** The file's name, with its .csv. */
  fileName: string;
  /** The file's text in the chosen format, built from the rows the screen already shows. */
  csv: (format: CsvFormat) => string;
  disabled?: boolean;
};

/** Every series screen's CSV export: the format (Spanish spreadsheet by default, or for programs) and the button. */
export function CsvExport({ fileName, csv, disabled = false }: Props) {
  const m = useCsvExportMessages();
  const id = useId();
  const [format, setFormat] = useState<CsvFormat>('spreadsheet');
  return (
    <div className="csv-export" role="group" aria-label={m('group')}>
      <div className="field">
        <label htmlFor={id}>{m('format')}</label>
        <select id={id} value={format} onChange={(event) => setFormat(event.target.value as CsvFormat)}>
          {CSV_FORMATS.map((value) => (
            <option key={value} value={value}>
              {m(`format.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="secondary" disabled={disabled} onClick={() => downloadText(fileName, csv(format))}>
        {m('export')}
      </button>
    </div>
  );
}
