import { defineMessages } from '../lib/i18n.js';

export const usePaymentInstructionsMessages = defineMessages({
  es: {
    title: 'Cómo pagarla',
    intro: 'Esta factura está vencida. Puedes pagarla así:',
    iban: 'Transferencia al IBAN',
    reference: 'Concepto',
    link: 'Pagar en línea',
    linkLabel: 'Pagar en línea la factura {number} (se abre en una pestaña nueva)',
  },
  en: {
    title: 'How to pay it',
    intro: 'This invoice is overdue. You can pay it like this:',
    iban: 'Bank transfer to IBAN',
    reference: 'Reference',
    link: 'Pay online',
    linkLabel: 'Pay invoice {number} online (opens in a new tab)',
  },
});
