import { Router } from 'express';
import type { AppDeps } from '../../core/context.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { DocumentCategory } from '../documents/document.entity.js';
import {
  ADMIN_INSTALLATION_UPLOADS,
  adminInstallationUploadHandler,
  decimalField,
  integerField,
  requiredField,
  TITLE_MAX,
  translationField,
} from '../installation-documents/index.js';
import { shareOffer, type SharedOfferFields } from './installation-offers.admin.service.js';

/** The customer-visible folder of offer PDFs. */
export const OFFERS_FOLDER = 'Ofertas';

export type OfferUploadAnswer = { id: string; documentId: string };

/**
 * POST /uploads/installations/:id/offers (admin): shares an offer. Multipart `file` (the PDF) and
 * the fields `title`, `titleEn` (optional English), `amount` (euros, "1234.56"), `peakPowerKwp` ("5.2"), `panelCount` ("12").
 * The Document (OFFER, folder "Ofertas"), the Offer (SHARED) and the OFFER_SHARED e-mails in one
 * transaction; 400 BAD_USER_INPUT `{ field, reason }` for a bad field (adminInstallationUploadHandler).
 */
export function offerAdminUploadRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.post(
    `${ADMIN_INSTALLATION_UPLOADS}/offers`,
    adminInstallationUploadHandler<SharedOfferFields, OfferUploadAnswer>(deps, {
      storageFolder: (installation) => `installations/${installation.id}/Offers`,
      fields: (raw) => ({
        title: requiredField(raw, 'title', TITLE_MAX),
        titleTranslations: translationField(raw, 'title', TITLE_MAX),
        amount: decimalField(raw, 'amount', { integerDigits: 10, scale: 2 }),
        peakPowerKwp: decimalField(raw, 'peakPowerKwp', { integerDigits: 6, scale: 2, positive: true }),
        panelCount: integerField(raw, 'panelCount', 1, 100_000),
      }),
      document: ({ title, titleTranslations }) => ({
        title: `Oferta ${title}`,
        titleTranslations: { en: `Offer ${titleTranslations.en ?? title}` },
        category: DocumentCategory.OFFER,
        folder: OFFERS_FOLDER,
        folderTranslations: { en: 'Offers' },
      }),
      write: async (tx, { installation, fields, document, now, publicUrl }) => {
        const offer = await shareOffer(tx, { installation, fields, documentId: document.id, now, publicUrl });
        return { id: offer.id, documentId: document.id };
      },
    }),
  );
  return router;
}
