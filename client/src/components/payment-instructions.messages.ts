import { defineMessages } from '../lib/i18n.js';

export const usePaymentInstructionsMessages = defineMessages({
  es: {
    title: 'Cómo pagar la factura {number}',
    intro: 'La factura {number} está vencida. Puedes pagarla así:',
    iban: 'Transferencia al IBAN',
    reference: 'Concepto',
    link: 'Pagar en línea',
    linkLabel: 'Pagar en línea la factura {number} (se abre en una pestaña nueva)',
  },
  en: {
    title: 'How to pay invoice {number}',
    intro: 'Invoice {number} is overdue. You can pay it like this:',
    iban: 'Bank transfer to IBAN',
    reference: 'Reference',
    link: 'Pay online',
    linkLabel: 'Pay invoice {number} online (opens in a new tab)',
  },
});
