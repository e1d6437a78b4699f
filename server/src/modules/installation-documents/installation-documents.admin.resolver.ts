import { Arg, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { DocumentRequest } from './installation-document.entity.js';
import { cancelDocumentRequest, requestInstallationDocument, reviewDocumentRequest } from './installation-documents.admin.service.js';

/** Staff's side of document requests (ruled isAdmin in installation-documents.admin.rules.ts). */
@Resolver(() => DocumentRequest)
export class InstallationDocumentsAdminResolver {
  @Mutation(() => DocumentRequest, {
    description: 'Admin: asks the customer for a document of minFiles to maxFiles files (1 by default; at most 10), PENDING until they upload minFiles.',
  })
  requestInstallationDocument(
    @Arg('installationId', () => ID) installationId: string,
    @Arg('name', () => String) name: string,
    @Arg('description', () => String, { nullable: true }) description: string | null,
    @Arg('nameEn', () => String, { nullable: true, description: 'The name in English (blank: English readers get the Spanish).' }) nameEn: string | null,
    @Arg('descriptionEn', () => String, { nullable: true, description: 'The description in English (blank: the Spanish).' }) descriptionEn: string | null,
    @Arg('minFiles', () => Int, { nullable: true }) minFiles: number | null,
    @Arg('maxFiles', () => Int, { nullable: true }) maxFiles: number | null,
    @Ctx() { em, clock, config }: Context,
  ): Promise<DocumentRequest> {
    const fields = { name, description, nameEn, descriptionEn, minFiles, maxFiles };
    return requestInstallationDocument(em, installationId, fields, { now: clock.now(), publicUrl: config.publicUrl });
  }

  @Mutation(() => DocumentRequest, {
    description: 'Admin: accepts or rejects an UPLOADED document; rejecting needs `reason`, which the customer reads before uploading again.',
  })
  reviewDocumentRequest(
    @Arg('id', () => ID) id: string,
    @Arg('accepted', () => Boolean) accepted: boolean,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { em, clock, config }: Context,
  ): Promise<DocumentRequest> {
    return reviewDocumentRequest(em, id, { accepted, reason }, { now: clock.now(), publicUrl: config.publicUrl });
  }

  @Mutation(() => Boolean, { description: 'Admin: withdraws a request that is not accepted (an upload already made stays a document).' })
  cancelDocumentRequest(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<boolean> {
    return cancelDocumentRequest(em, idArgument('id', id));
  }
}
