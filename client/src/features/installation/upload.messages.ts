import { defineMessages } from '../../lib/i18n.js';

/** The texts of the installation's uploads (requested documents, signed copies). */
export const useUploadMessages = defineMessages({
  es: {
    hint: 'Arrastra el archivo aquí o elígelo. PDF, JPEG, PNG o HEIC, hasta {mb} MB.',
    dropHere: 'Suelta el archivo para subirlo',
    progress: 'Subiendo {name}',
    percent: '{pct} %',
    uploaded: '«{name}» subido correctamente.',
    cancel: 'Cancelar la subida',
    'error.TOO_LARGE': 'El archivo es demasiado grande: el límite es {mb} MB.',
    'error.UNSUPPORTED_TYPE': 'Ese tipo de archivo no se admite. Sube un PDF, JPEG, PNG o HEIC.',
    'error.NOT_UPLOADABLE': 'Este documento ya no admite subidas. Recarga la página para ver su estado.',
    'error.NOT_FOUND': 'No encontramos este documento. Recarga la página.',
    'error.UNAUTHENTICATED': 'Tu sesión ha caducado. Vuelve a entrar para subir el archivo.',
    'error.NO_FILE': 'El archivo está vacío.',
    'error.NETWORK': 'No se pudo subir el archivo: revisa tu conexión e inténtalo de nuevo.',
    'error.ABORTED': 'Subida cancelada.',
    'error.UPLOAD_FAILED': 'No se pudo guardar el archivo. Inténtalo de nuevo más tarde.',
  },
  en: {
    hint: 'Drag the file here or choose it. PDF, JPEG, PNG or HEIC, up to {mb} MB.',
    dropHere: 'Drop the file to upload it',
    progress: 'Uploading {name}',
    percent: '{pct}%',
    uploaded: '“{name}” uploaded.',
    cancel: 'Cancel the upload',
    'error.TOO_LARGE': 'The file is too large: the limit is {mb} MB.',
    'error.UNSUPPORTED_TYPE': 'That file type is not accepted. Upload a PDF, JPEG, PNG or HEIC file.',
    'error.NOT_UPLOADABLE': 'This document no longer accepts uploads. Reload the page to see its status.',
    'error.NOT_FOUND': 'We could not find this document. Reload the page.',
    'error.UNAUTHENTICATED': 'Your session has expired. Sign in again to upload the file.',
    'error.NO_FILE': 'The file is empty.',
    'error.NETWORK': 'The file could not be uploaded: check your connection and try again.',
    'error.ABORTED': 'Upload cancelled.',
    'error.UPLOAD_FAILED': 'The file could not be stored. Please try again later.',
  },
});
