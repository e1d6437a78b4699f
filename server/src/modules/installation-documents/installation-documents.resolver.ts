import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadMany, loadOne, loadOptional } from '../../core/graphql/relations.js';
import { inLanguage, TranslatedText, translatedText } from '../../core/i18n/translations.js';
import { viewerLanguage } from '../users/index.js';
import { Document } from '../documents/document.entity.js';
import { Installation } from '../installations/installation.entity.js';
import { DocumentRequest, DocumentRequestFile, SigningDocument } from './installation-document.entity.js';

@Resolver(() => Installation)
export class InstallationDocumentsResolver {
  @FieldResolver(() => [DocumentRequest], { description: 'Documents the company asks the customer for, oldest first.' })
  documentRequests(@Root() installation: Installation, @Ctx() { em }: Context): Promise<DocumentRequest[]> {
    return em.find(DocumentRequest, { installation: installation.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => [SigningDocument], { description: 'Documents for the customer to sign, oldest first.' })
  signingDocuments(@Root() installation: Installation, @Ctx() { em }: Context): Promise<SigningDocument[]> {
    return em.find(SigningDocument, { installation: installation.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }
}

@Resolver(() => DocumentRequest)
export class DocumentRequestResolver {
  @FieldResolver(() => String, { description: "In the viewer's language; the Spanish original where it has no translation." })
  name(@Root() request: DocumentRequest, @Ctx() { viewer }: Context): string {
    return inLanguage(request.name, request.nameTranslations, viewerLanguage(viewer));
  }

  @FieldResolver(() => String, { description: "In the viewer's language; the Spanish original where it has no translation." })
  description(@Root() request: DocumentRequest, @Ctx() { viewer }: Context): string {
    return inLanguage(request.description, request.descriptionTranslations, viewerLanguage(viewer));
  }

  @FieldResolver(() => TranslatedText, { description: 'The name in both languages, as staff wrote it.' })
  nameTranslations(@Root() request: DocumentRequest): TranslatedText {
    return translatedText(request.name, request.nameTranslations);
  }

  @FieldResolver(() => TranslatedText, { description: 'The description in both languages, as staff wrote it.' })
  descriptionTranslations(@Root() request: DocumentRequest): TranslatedText {
    return translatedText(request.description, request.descriptionTranslations);
  }

  @FieldResolver(() => [DocumentRequestFile], { description: "The customer's files, oldest first." })
  async files(@Root() request: DocumentRequest): Promise<DocumentRequestFile[]> {
    // One query for every request of the answer (the dataloader), ordered here.
    return (await loadMany(request.files)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The latest upload (null while there is none); `files` has them all.' })
  async document(@Root() request: DocumentRequest): Promise<Document | null> {
    const latest = (await loadMany(request.files)).reduce<DocumentRequestFile | null>(
      (newest, file) => (!newest || file.updatedAt > newest.updatedAt || (+file.updatedAt === +newest.updatedAt && file.id > newest.id) ? file : newest),
      null,
    );
    return latest ? loadOne(latest.document) : null;
  }
}

@Resolver(() => DocumentRequestFile)
export class DocumentRequestFileResolver {
  @FieldResolver(() => Document, { description: 'The uploaded file.' })
  document(@Root() file: DocumentRequestFile): Promise<Document> {
    return loadOne(file.document);
  }
}

@Resolver(() => SigningDocument)
export class SigningDocumentResolver {
  @FieldResolver(() => String, { description: "In the viewer's language; the Spanish original where it has no translation." })
  title(@Root() signing: SigningDocument, @Ctx() { viewer }: Context): string {
    return inLanguage(signing.title, signing.titleTranslations, viewerLanguage(viewer));
  }

  @FieldResolver(() => TranslatedText, { description: 'The title in both languages, as staff wrote it.' })
  titleTranslations(@Root() signing: SigningDocument): TranslatedText {
    return translatedText(signing.title, signing.titleTranslations);
  }

  @FieldResolver(() => Document, { description: 'The file to download and sign.' })
  document(@Root() signing: SigningDocument): Promise<Document> {
    return loadOne(signing.document);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The customer's signed copy (null until uploaded)." })
  signedCopy(@Root() signing: SigningDocument): Promise<Document | null> {
    return loadOptional(signing.signedCopy);
  }
}
