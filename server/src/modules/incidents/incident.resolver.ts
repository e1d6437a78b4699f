import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { onReplica } from '../../core/db/read-routing.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { loadMany, loadOne, loadOptional } from '../../core/graphql/relations.js';
import { Document } from '../documents/document.entity.js';
import { Incident, IncidentReply, IncidentType } from './incident.entity.js';
import { CreateIncidentInput } from './incident.inputs.js';
import { createIncident, replyToOwnIncident } from './incident.service.js';

@Resolver(() => Incident)
export class IncidentResolver {
  @Query(() => [IncidentType], { description: 'The incident types a customer can choose, in order.' })
  incidentTypes(@Ctx() { em }: Context): Promise<IncidentType[]> {
    return em.find(IncidentType, { active: true }, { orderBy: { position: 'asc', id: 'asc' } });
  }

  @Query(() => [Incident], { description: "The viewer's incidents, newest first." })
  incidents(@Ctx() { em }: Context): Promise<Incident[]> {
    return onReplica(em, (on) => em.find(Incident, {}, { orderBy: { createdAt: 'desc', id: 'asc' }, ...on }));
  }

  @Query(() => Incident, { nullable: true })
  incident(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Incident | null> {
    return em.findOne(Incident, { id: idArgument('id', id) });
  }

  @FieldResolver(() => IncidentType)
  type(@Root() incident: Incident): Promise<IncidentType> {
    return loadOne(incident.type);
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The installation it is about, if any.' })
  installationId(@Root() incident: Incident): string | null {
    return incident.installation?.id ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The installation's reference, e.g. FV-2026-0001." })
  async installationCode(@Root() incident: Incident): Promise<string | null> {
    return (await loadOptional(incident.installation))?.code ?? null;
  }

  @FieldResolver(() => Document, { nullable: true, description: 'The file the customer attached (download: /files/:id).' })
  attachment(@Root() incident: Incident): Promise<Document | null> {
    return loadOptional(incident.attachment);
  }

  @FieldResolver(() => [IncidentReply], { description: 'The conversation, oldest first.' })
  replies(@Root() incident: Incident, @Ctx() { em }: Context): Promise<IncidentReply[]> {
    return em.find(IncidentReply, { incident: incident.id }, { orderBy: { createdAt: 'asc', id: 'asc' } });
  }

  @Mutation(() => Incident, {
    description: "Reports an incident. Its account: the installation's when given, else the viewer's own. Raises 'incident-created'.",
  })
  createIncident(@Arg('input', () => CreateIncidentInput) input: CreateIncidentInput, @Ctx() ctx: Context, @CurrentViewer() viewer: Viewer): Promise<Incident> {
    return createIncident(ctx.em, input, { viewer, scope: ctx.scope, now: ctx.clock.now() });
  }

  @Mutation(() => Incident, { description: "The customer's reply in one of their incidents' conversation. Errors: NOT_FOUND, BAD_USER_INPUT (body)." })
  replyToMyIncident(
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Incident> {
    return replyToOwnIncident(ctx.em, id, body, { viewer, now: ctx.clock.now() });
  }
}

@Resolver(() => IncidentReply)
export class IncidentReplyResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Who wrote it (staff replies show the staff member).' })
  async authorName(@Root() reply: IncidentReply): Promise<string | null> {
    return (await loadOptional(reply.author))?.name ?? null;
  }

  @FieldResolver(() => [Document], { description: 'The files the customer attached to this reply, in upload order (download: /files/:id).' })
  async attachments(@Root() reply: IncidentReply): Promise<Document[]> {
    // Every reply's attachments of an answer in one query, then their documents in one more (the dataloader).
    const rows = (await loadMany(reply.attachments)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id));
    return Promise.all(rows.map((row) => loadOne(row.document)));
  }
}
