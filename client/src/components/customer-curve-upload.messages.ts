import { defineMessages } from '../lib/i18n.js';

/** A customer's own curve upload: in Medidas and in the solar estimate of the roof step. */
export const useCurveUploadMessages = defineMessages({
  es: {
    title: 'Subir mi curva horaria',
    hint:
      'El CSV que descargas de Datadis o de tu distribuidora (e-distribución, i-DE) o en formato CNMC: el formato se reconoce por la cabecera. Solo se importan filas de tus CUPS. Tu fichero nunca sustituye las medidas de tu distribuidora: solo añade las horas que faltan y completa los datos de excedentes, generación y autoconsumo que estén vacíos (las filas importadas son las añadidas o completadas).',
    resultTitle: 'Resultado de la subida',
  },
  en: {
    title: 'Upload my hourly curve',
    hint:
      'The CSV you download from Datadis or your distributor (e-distribución, i-DE), or in CNMC form: the format is recognised from the header. Only rows of your own CUPS are imported. Your file never replaces your distributor’s measurements: it only adds missing hours and fills in empty surplus, generation and self-consumption values (rows imported are those added or completed).',
    resultTitle: 'Upload result',
  },
});
