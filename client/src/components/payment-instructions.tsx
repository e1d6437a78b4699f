import { formatIban } from '@portal/shared';
import { useId } from 'react';
import { usePaymentInstructionsMessages } from './payment-instructions.messages.js';
import './payment-instructions.css';

export type PaymentInstructionsData = { iban?: string | null; reference?: string | null; link?: string | null };

/** How to pay an overdue invoice, as the retailer set it (the API sends it for overdue invoices only). */
export function PaymentInstructions({ instructions, number }: { instructions: PaymentInstructionsData; number: string }) {
  const m = usePaymentInstructionsMessages();
  const id = useId();
  return (
    <section className="payment-instructions" aria-labelledby={id}>
      <h3 id={id}>{m('title', { number })}</h3>
      <p>{m('intro', { number })}</p>
      <dl className="details">
        {instructions.iban ? (
          <>
            <dt>{m('iban')}</dt>
            <dd className="payment-iban">{formatIban(instructions.iban)}</dd>
          </>
        ) : null}
        {instructions.iban && instructions.reference ? (
          <>
            <dt>{m('reference')}</dt>
            <dd>{instructions.reference}</dd>
          </>
        ) : null}
      </dl>
      {instructions.link ? (
        <p>
          <a href={instructions.link} target="_blank" rel="noopener noreferrer" aria-label={m('linkLabel', { number })}>
            {m('link')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
