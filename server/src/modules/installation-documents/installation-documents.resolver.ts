import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { referenceResolver } from '../../core/graphql/relation-resolvers.js';
import { loadMany, loadOne, loadOptional } from '../../core/graphql/relations.js';
import { translatedTextResolver } from '../../core/i18n/translated-fields.js';
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

export const DocumentRequestFileResolver = referenceResolver(DocumentRequestFile, 'document', () => Document, 'The uploaded file.');

@Resolver(() => SigningDocument)
export class SigningDocumentResolver {
  @FieldResolver(() => Document, { description: 'The file to download and sign.' })
  document(@Root() signing: SigningDocument): Promise<Document> {
    return loadOne(signing.document);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The customer's signed copy (null until uploaded)." })
  signedCopy(@Root() signing: SigningDocument): Promise<Document | null> {
    return loadOptional(signing.signedCopy);
  }
}

export const DocumentRequestNameResolver = translatedTextResolver(DocumentRequest, 'name', 'The document asked for');
export const DocumentRequestDescriptionResolver = translatedTextResolver(DocumentRequest, 'description', "Staff's instructions");
export const SigningDocumentTitleResolver = translatedTextResolver(SigningDocument, 'title', 'The title');
