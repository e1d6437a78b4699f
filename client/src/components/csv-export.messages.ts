import { defineMessages } from '../lib/i18n.js';

export const useCsvExportMessages = defineMessages({
  es: {
    group: 'Exportar CSV',
    format: 'Formato del CSV',
    'format.spreadsheet': 'Hoja de cálculo en español (; y coma decimal)',
    'format.machine': 'Para programas (, y punto decimal)',
    export: 'Exportar CSV',
    'header.cups': 'cups',
    'header.start': 'inicio_local (Europe/Madrid)',
    'header.offset': 'utc_offset',
    'value.yes': 'sí',
    'value.no': 'no',
  },
  en: {
    group: 'Export CSV',
    format: 'CSV format',
    'format.spreadsheet': 'Spanish spreadsheet (; and decimal comma)',
    'format.machine': 'For programs (, and decimal point)',
    export: 'Export CSV',
    'header.cups': 'cups',
    'header.start': 'local_start (Europe/Madrid)',
    'header.offset': 'utc_offset',
    'value.yes': 'yes',
    'value.no': 'no',
  },
});
