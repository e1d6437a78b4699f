import { GraphQLError } from 'graphql';

export const OfferErrorCode = {
  /** The offer was withdrawn, or another offer of the installation is already accepted. */
  OFFER_NOT_ACCEPTABLE: 'OFFER_NOT_ACCEPTABLE',
} as const;

export function offerNotAcceptable(): GraphQLError {
  return new GraphQLError('This offer can no longer be accepted.', {
    extensions: { code: OfferErrorCode.OFFER_NOT_ACCEPTABLE },
  });
}
