import { fillPlaceholders, parseIban, placeholdersIn } from '@portal/shared';
import { invalidInput } from '../../core/errors.js';
import type { PortalSettings } from './portal-settings.entity.js';

/** The placeholder a payment reference may carry. */
export const PAYMENT_REFERENCE_PLACEHOLDERS = ['invoice_number'] as const;
const REFERENCE_MAX = 140;
const LINK_MAX = 2000;

export type PaymentSettingsChange = { paymentIban?: string | null; paymentReference?: string | null; paymentLink?: string | null };
type PaymentSettings = Pick<PortalSettings, 'paymentIban' | 'paymentReference' | 'paymentLink'>;

/** What the retailer tells a customer to pay an overdue invoice with; null when nothing is set. */
export type PaymentInstructions = { iban: string | null; reference: string | null; link: string | null };

/**
 * The payment fields given, checked and normalised; an empty text clears a field. BAD_USER_INPUT
 * naming `input.<field>` with a reason the SPA translates (the IBAN's parse reasons, NOT_HTTPS…).
 */
export function paymentChange(change: PaymentSettingsChange): Partial<PaymentSettings> {
  const result: Partial<PaymentSettings> = {};
  const iban = change.paymentIban?.trim();
  if (iban !== undefined) {
    if (iban === '') result.paymentIban = null;
    else {
      const parsed = parseIban(iban);
      if (!parsed.ok) throw invalidInput('input.paymentIban', `IBAN_${parsed.reason}`, parsed.message);
      result.paymentIban = parsed.value;
    }
  }
  const reference = change.paymentReference?.trim();
  if (reference !== undefined) {
    if (reference.length > REFERENCE_MAX) throw invalidInput('input.paymentReference', 'TOO_LONG', `at most ${REFERENCE_MAX} characters`);
    const unknown = placeholdersIn(reference).filter((name) => !(PAYMENT_REFERENCE_PLACEHOLDERS as readonly string[]).includes(name));
    if (unknown.length > 0) throw invalidInput('input.paymentReference', 'UNKNOWN_PLACEHOLDER', `only |invoice_number| may be used, got |${unknown[0]}|`);
    result.paymentReference = reference === '' ? null : reference;
  }
  const link = change.paymentLink?.trim();
  if (link !== undefined) {
    if (link === '') result.paymentLink = null;
    else if (link.length > LINK_MAX) throw invalidInput('input.paymentLink', 'TOO_LONG', `at most ${LINK_MAX} characters`);
    else if (!isHttpsUrl(link)) throw invalidInput('input.paymentLink', 'NOT_HTTPS', 'must be an https:// address');
    else result.paymentLink = link;
  }
  return result;
}

function isHttpsUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

/** The instructions for one invoice, its number in the reference; null when the retailer set none. */
export function paymentInstructionsFor(settings: PaymentSettings, invoiceNumber: string): PaymentInstructions | null {
  const { paymentIban: iban, paymentReference, paymentLink: link } = settings;
  if (!iban && !link) return null;
  const reference = paymentReference ? fillPlaceholders(paymentReference, { invoice_number: invoiceNumber }) : null;
  return { iban, reference: iban ? reference : null, link };
}
