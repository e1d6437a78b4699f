import { defineMessages } from '../lib/i18n.js';

export const useCsvExportMessages = defineMessages({
  es: {
    group: 'Exportar CSV',
    format: 'Formato del CSV',
    'format.spreadsheet': 'Hoja de cálculo en español (; y coma decimal)',
    'format.machine': 'Para programas (, y punto decimal)',
    export: 'Exportar CSV',
  },
  en: {
    group: 'Export CSV',
    format: 'CSV format',
    'format.spreadsheet': 'Spanish spreadsheet (; and decimal comma)',
    'format.machine': 'For programs (, and decimal point)',
    export: 'Export CSV',
  },
});
