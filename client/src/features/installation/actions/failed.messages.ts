import { defineMessages } from '../../../lib/i18n.js';

export const useFailedMessages = defineMessages({
  es: {
    heading: 'No hemos podido completar tu instalación',
    reason: 'Motivo',
    noReason: 'Nuestro equipo se pondrá en contacto contigo para explicarte el motivo.',
    restartIntro: 'Si las circunstancias han cambiado, puedes volver a empezar el proceso desde el principio.',
    restart: 'Volver a empezar',
    confirmTitle: '¿Volver a empezar la instalación?',
    confirmText: 'La instalación volverá al primer paso y tendrás que completar de nuevo los pasos que te pidamos.',
    confirm: 'Sí, volver a empezar',
    cancel: 'Cancelar',
    restarting: 'Volviendo a empezar…',
    noRestart: 'Si quieres intentarlo de nuevo, ponte en contacto con nosotros.',
    'error.RESTART_NOT_ALLOWED': 'Esta instalación ya no se puede volver a empezar.',
  },
  en: {
    heading: 'We could not complete your installation',
    reason: 'Reason',
    noReason: 'Our team will contact you to explain why.',
    restartIntro: 'If your circumstances have changed, you can start the process again from the beginning.',
    restart: 'Start again',
    confirmTitle: 'Start the installation again?',
    confirmText: 'The installation will go back to the first step and you will have to complete the steps we ask for again.',
    confirm: 'Yes, start again',
    cancel: 'Cancel',
    restarting: 'Starting again…',
    noRestart: 'If you want to try again, please contact us.',
    'error.RESTART_NOT_ALLOWED': 'This installation can no longer be started again.',
  },
});
