import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Connection, PageArgs, paginate, type Page } from '../../core/graphql/pagination.js';
import { ImportJob, ImportKindEnum } from './import-job.entity.js';

export const ImportJobConnection = Connection(ImportJob);

/**
 * The import history (files are sent to POST /uploads/imports/:kind): all of it for admins; a
 * customer finds only the jobs of their own uploads (imports.rules.ts).
 */
@Resolver(() => ImportJob)
export class ImportJobResolver {
  @Query(() => ImportJobConnection, { description: 'Import jobs, newest first; only one kind when `kind` is given.' })
  importJobs(
    @Arg('kind', () => ImportKindEnum, { nullable: true }) kind: ImportKindEnum | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<ImportJob>> {
    return paginate(em, ImportJob, kind ? { kind } : {}, { startedAt: 'desc', id: 'desc' }, page);
  }

  @Query(() => ImportJob, { nullable: true, description: "Null when no job has this id (for a customer: no job of theirs)." })
  importJob(@Arg('id', () => ID) id: string, @Ctx() { em }: Context, @CurrentViewer() viewer: Viewer): Promise<ImportJob | null> {
    const jobId = idArgument('id', id);
    return em.findOne(ImportJob, viewer.isAdmin ? { id: jobId } : { id: jobId, createdBy: viewer.user.id });
  }
}
