import { Arg, Args, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Connection, PageArgs, paginate, type Page } from '../../core/graphql/pagination.js';
import { ImportJob, ImportKindEnum } from './import-job.entity.js';

export const ImportJobConnection = Connection(ImportJob);

/** The import history (files are sent to POST /uploads/imports/:kind). Admin only (imports.rules.ts). */
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

  @Query(() => ImportJob, { nullable: true, description: 'Null when no job has this id.' })
  importJob(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<ImportJob | null> {
    return em.findOne(ImportJob, { id: idArgument('id', id) });
  }
}
