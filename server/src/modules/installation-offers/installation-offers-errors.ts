import { DomainError } from '../../core/errors.js';

export const OfferErrorCode = {
  /** The offer was withdrawn, or another offer of the installation is already accepted. */
  OFFER_NOT_ACCEPTABLE: 'OFFER_NOT_ACCEPTABLE',
} as const;

export function offerNotAcceptable(): DomainError {
  return new DomainError(OfferErrorCode.OFFER_NOT_ACCEPTABLE, 'This offer can no longer be accepted.');
}
