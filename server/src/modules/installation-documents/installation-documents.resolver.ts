import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { loadOne, loadOptional } from '../../core/graphql/relations.js';
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
  files(@Root() request: DocumentRequest, @Ctx() { em }: Context): Promise<DocumentRequestFile[]> {
    return em.find(DocumentRequestFile, { request: request.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The latest upload (null while there is none); `files` has them all.' })
  async document(@Root() request: DocumentRequest, @Ctx() { em }: Context): Promise<Document | null> {
    const latest = await em.findOne(DocumentRequestFile, { request: request.id }, { orderBy: { updatedAt: 'desc', id: 'desc' } });
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
  @FieldResolver(() => Document, { description: 'The file to download and sign.' })
  document(@Root() signing: SigningDocument): Promise<Document> {
    return loadOne(signing.document);
  }

  @FieldResolver(() => Document, { nullable: true, description: "The customer's signed copy (null until uploaded)." })
  signedCopy(@Root() signing: SigningDocument): Promise<Document | null> {
    return loadOptional(signing.signedCopy);
  }
}
