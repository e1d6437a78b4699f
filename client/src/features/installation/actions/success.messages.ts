import { defineMessages } from '../../../lib/i18n.js';

export const useSuccessMessages = defineMessages({
  es: {
    heading: '¡Tu instalación está terminada!',
    text: 'Tus paneles ya están produciendo energía. Gracias por confiar en nosotros.',
    next: 'Encontrarás el contrato, la oferta aceptada y los certificados de la instalación en la sección de documentos.',
    documents: 'Ver mis documentos',
  },
  en: {
    heading: 'Your installation is complete!',
    text: 'Your panels are already producing energy. Thank you for trusting us.',
    next: 'You will find the contract, the accepted offer and the installation certificates in the documents section.',
    documents: 'See my documents',
  },
});
