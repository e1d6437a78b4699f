import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import { Router } from 'express';
import type { AppDeps, Viewer } from '../../core/context.js';
import { NOT_FOUND_BODY } from '../../core/http/row-route.js';
import { ErrorCode, invalidInput, InvalidInputError } from '../../core/errors.js';
import { forbiddenCharacterReason } from '../../core/forbidden-characters.js';
import { isId } from '../../core/graphql/id-argument.js';
import type { FileStorage } from '../../core/storage/file-storage.js';
import { translationsOf, type Translations } from '../../core/i18n/translations.js';
import { endViewerTransaction } from '../../core/db/viewer-scope.js';
import { receiveUploadOrAnswer, uploadEndpoint, writeUploadAndAnswer, type UploadedDocumentFields } from '../documents/index.js';
import { MediaType } from '../../core/uploads/receive-upload.js';
import { Document, DocumentCategory } from '../documents/document.entity.js';
import { Installation } from '../installations/installation.entity.js';
import { checkedText } from './installation-documents.admin.service.js';
import { SigningDocument } from './installation-document.entity.js';
import { UPLOADS_PATH } from './installation-upload.js';

/** Where staff upload files for one installation: `POST /uploads/installations/:id/<kind>`. */
export const ADMIN_INSTALLATION_UPLOADS = `${UPLOADS_PATH}/installations/:id`;
/** The customer-visible folder of the documents staff give them to sign. */
export const SIGNING_FOLDER = 'Instalación';
export const SIGNING_FOLDER_TRANSLATIONS: Translations = { en: 'Installation' };
export const TITLE_MAX = 200;

/** What a staff upload writes, inside the transaction, once the file is stored and its fields checked. */
export type AdminUpload<Fields> = {
  installation: Installation;
  fields: Fields;
  /** The new Document row (created, not flushed) of the uploaded file, in the customer's account. */
  document: Document;
  viewer: Viewer;
  now: Date;
  publicUrl: string;
};

export type AdminUploadOptions<Fields, Answer> = {
  /** Storage folder of the file, e.g. `installations/<id>/Offers`. */
  storageFolder: (installation: Installation) => string;
  /** The multipart text fields, checked; throws invalidInput (BAD_USER_INPUT naming the field). */
  fields: (raw: Record<string, string>) => Fields;
  /** The Document row's own fields (the file gives the rest). */
  document: (fields: Fields, installation: Installation) => Omit<UploadedDocumentFields, 'account'>;
  /** Writes the rows (and queues the e-mails) the upload makes; flushed by the handler. */
  write: (tx: EntityManager, upload: AdminUpload<Fields>) => Promise<Answer>;
};

/**
 * The Express handler of staff uploads to an installation (one PDF in multipart field `file`, text
 * fields besides): 401 without a session, 403 FORBIDDEN for anyone but an admin, 404 for a
 * malformed or unknown installation (these answer before the body is read, draining it); then the
 * file is streamed to storage (receiveUpload: limits, PDF only), the fields are checked (400
 * BAD_USER_INPUT `{ error, field, reason, message }`, the file removed), and the Document row with
 * `write`'s rows go in one transaction (withStoredUpload: a failed write removes the file). 201 with
 * what `write` returned.
 */
export function adminInstallationUploadHandler<Fields, Answer>(
  deps: AppDeps & { storage: FileStorage },
  options: AdminUploadOptions<Fields, Answer>,
): (req: Request<{ id: string }>, res: Response) => Promise<void> {
  return uploadEndpoint(async (req, res, answerEarly) => {
    res.set('Cache-Control', 'private, no-store');
    const { em, viewer, clock, config } = await deps.contextOf(req, res);
    if (!viewer) return answerEarly(401, { error: ErrorCode.UNAUTHENTICATED });
    if (!viewer.isAdmin) return answerEarly(403, { error: ErrorCode.FORBIDDEN });
    if (!isId(req.params.id)) return answerEarly(404, NOT_FOUND_BODY);
    const installation = await em.findOne(Installation, { id: req.params.id.toLowerCase() });
    if (!installation) return answerEarly(404, NOT_FOUND_BODY);
    // An admin acting as a customer has a request transaction: it must not wait on the body.
    await endViewerTransaction(em);

    const received = await receiveUploadOrAnswer(req, res, {
      storage: deps.storage,
      folder: options.storageFolder(installation),
      maxBytes: config.uploadMaxBytes,
      allowed: [MediaType.PDF],
    });
    if (!received) return;
    const { file, fields: raw } = received;

    let fields: Fields;
    try {
      refuseControlCharacters(raw);
      fields = options.fields(raw);
    } catch (error) {
      await deps.storage.remove(file.key).catch(() => {});
      if (error instanceof InvalidInputError) {
        res.status(400).json({
          error: ErrorCode.BAD_USER_INPUT,
          field: error.argument,
          reason: error.reason,
          message: error.message,
        });
        return;
      }
      throw error;
    }

    const own = { ...options.document(fields, installation), account: installation.account.id };
    await writeUploadAndAnswer(
      { storage: deps.storage, em, clock, req, res },
      file,
      own,
      async (tx, document, now) => {
        const result = await options.write(tx, { installation, fields, document, viewer, now, publicUrl: config.publicUrl });
        await tx.flush();
        return result;
      },
      { customerUpload: false },
    );
  });
}

/** Every text field of a staff upload, before its own checks: BAD_USER_INPUT naming the field with a control character. */
function refuseControlCharacters(raw: Record<string, string>): void {
  for (const [name, value] of Object.entries(raw)) {
    if (forbiddenCharacterReason(value)) throw invalidInput(name, 'INVALID_CHARACTER', 'must not contain control characters.');
  }
}

/** A required text field of a staff upload, trimmed. */
export function requiredField(raw: Record<string, string>, name: string, max: number): string {
  return checkedText(name, raw[name], max);
}

/** The optional English of a text field (`<name>En`), as stored translations. */
export function translationField(raw: Record<string, string>, name: string, max: number): Translations {
  return translationsOf(checkedText(`${name}En`, raw[`${name}En`], max, true));
}

/** A non-negative decimal with at most `scale` decimals ("1234.5"; a decimal comma is accepted). */
export function decimalField(raw: Record<string, string>, name: string, options: { integerDigits: number; scale: number; positive?: boolean }): string {
  const text = (raw[name] ?? '').trim().replace(',', '.');
  if (!text) throw invalidInput(name, 'REQUIRED', 'must not be empty.');
  const pattern = new RegExp(`^\\d{1,${options.integerDigits}}(\\.\\d{1,${options.scale}})?$`);
  if (!pattern.test(text)) {
    throw invalidInput(name, 'NOT_A_NUMBER', `must be a number with at most ${options.integerDigits} digits and ${options.scale} decimals.`);
  }
  if (options.positive && Number(text) <= 0) throw invalidInput(name, 'NOT_POSITIVE', 'must be greater than zero.');
  return text;
}

/** An integer between `min` and `max`. */
export function integerField(raw: Record<string, string>, name: string, min: number, max: number): number {
  const text = (raw[name] ?? '').trim();
  if (!text) throw invalidInput(name, 'REQUIRED', 'must not be empty.');
  if (!/^\d{1,9}$/.test(text) || Number(text) < min || Number(text) > max) {
    throw invalidInput(name, 'OUT_OF_RANGE', `must be a whole number from ${min} to ${max}.`);
  }
  return Number(text);
}

export type SigningUploadAnswer = { id: string; documentId: string };

/**
 * POST /uploads/installations/:id/signing-documents (admin): a PDF for the customer to sign,
 * multipart `file` + `title` (and its English, `titleEn`, optional). The Document (CONTRACT, folder "Instalación") and the SigningDocument.
 */
export function signingDocumentAdminRouter(deps: AppDeps & { storage: FileStorage }): Router {
  const router = Router();
  router.post(
    `${ADMIN_INSTALLATION_UPLOADS}/signing-documents`,
    adminInstallationUploadHandler<{ title: string; titleTranslations: Translations }, SigningUploadAnswer>(deps, {
      storageFolder: (installation) => `installations/${installation.id}/contracts`,
      fields: (raw) => ({ title: requiredField(raw, 'title', TITLE_MAX), titleTranslations: translationField(raw, 'title', TITLE_MAX) }),
      document: ({ title, titleTranslations }) => ({
        title,
        titleTranslations,
        category: DocumentCategory.CONTRACT,
        folder: SIGNING_FOLDER,
        folderTranslations: SIGNING_FOLDER_TRANSLATIONS,
      }),
      write: async (tx, { installation, fields, document, now }) => {
        const signing = tx.create(SigningDocument, { installation: installation.id, ...fields, document, createdAt: now });
        return { id: signing.id, documentId: document.id };
      },
    }),
  );
  return router;
}
