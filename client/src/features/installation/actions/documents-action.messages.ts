import { defineMessages } from '../../../lib/i18n.js';

export const useDocumentsMessages = defineMessages({
  es: {
    listLabel: 'Documentos que te pedimos',
    none: 'Por ahora no te hemos pedido ningún documento.',
    noneText: 'Cuando necesitemos algo de ti aparecerá aquí.',
    'status.PENDING': 'Pendiente',
    'status.UPLOADED': 'Recibido, en revisión',
    'status.ACCEPTED': 'Aceptado',
    'status.REJECTED': 'Rechazado',
    reason: 'Motivo del rechazo: {reason}',
    upload: 'Archivo para «{name}»',
    reupload: 'Sube de nuevo «{name}»',
    download: 'Descargar el archivo enviado',
    downloadLabel: 'Descargar el archivo enviado: {file} («{name}»)',
    summary: '{done} de {total} documentos enviados',
  },
  en: {
    listLabel: 'Documents we need from you',
    none: 'We have not asked you for any document yet.',
    noneText: 'When we need something from you it will show up here.',
    'status.PENDING': 'Pending',
    'status.UPLOADED': 'Received, under review',
    'status.ACCEPTED': 'Accepted',
    'status.REJECTED': 'Rejected',
    reason: 'Reason for rejection: {reason}',
    upload: 'File for “{name}”',
    reupload: 'Upload “{name}” again',
    download: 'Download the file you sent',
    downloadLabel: 'Download the file you sent: {file} (“{name}”)',
    summary: '{done} of {total} documents sent',
  },
});
