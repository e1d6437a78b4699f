import type { GraphQLResolveInfo } from 'graphql';
import type { FilterQuery } from '@mikro-orm/postgresql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Connection, PageArgs, paginate, selectedPageParts, type Page } from '../../core/graphql/pagination.js';
import { loadOptional } from '../../core/graphql/relations.js';
import { translatedTextResolver } from '../../core/i18n/translated-fields.js';
import { SupplyPoint } from '../supply-points/supply-point.entity.js';
import { cupsArgument } from '../supply-points/index.js';
import { Document } from './document.entity.js';
import { DocumentFilter } from './document.inputs.js';

const DocumentConnection = Connection(Document);

@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: 'Documents the viewer may see, newest first.' })
  documents(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => DocumentFilter, { nullable: true }) filter: DocumentFilter | null,
    @Ctx() { em }: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Page<Document>> {
    const where: FilterQuery<Document> = {};
    if (filter?.cups) where.supplyPoint = { cups: cupsArgument('filter.cups', filter.cups) };
    // A folder is named in the viewer's language, as `folder` shows it; either name finds it.
    if (filter?.folder) where.$or = [{ folder: filter.folder }, { folderTranslations: { en: filter.folder } }];
    if (filter?.category) where.category = filter.category;
    return paginate(em, Document, where, { createdAt: 'desc', id: 'asc' }, page, selectedPageParts(info));
  }

  @Query(() => Document, { nullable: true, description: 'Null when no visible document has this id.' })
  document(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Document | null> {
    return em.findOne(Document, { id: idArgument('id', id) });
  }

  @FieldResolver(() => SupplyPoint, { nullable: true, description: 'The CUPS the document belongs to, if any.' })
  supplyPoint(@Root() document: Document): Promise<SupplyPoint | null> {
    return loadOptional(document.supplyPoint);
  }
}

export const DocumentTitleResolver = translatedTextResolver(Document, 'title', 'The title');
export const DocumentFolderResolver = translatedTextResolver(Document, 'folder', 'The folder shown to the customer (e.g. "Facturas", "Invoices")');
