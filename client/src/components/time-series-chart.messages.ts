import { defineMessages } from '../lib/i18n.js';

/** The chart's own words (uPlot's are US English: "Time"). */
export const useChartMessages = defineMessages({
  es: { time: 'Fecha' },
  en: { time: 'Date' },
});
