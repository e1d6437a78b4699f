import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { loadOne } from '../../core/graphql/relations.js';
import { PageArgs, type Page } from '../../core/graphql/pagination.js';
import {
  adminIncidents,
  allIncidentTypes,
  createIncidentType,
  markIncidentRead,
  moveIncidentType,
  removeIncidentType,
  replyToIncident,
  setIncidentStatus,
  updateIncidentType,
} from './incident.admin.service.js';
import { Incident, IncidentStatus, IncidentType } from './incident.entity.js';
import {
  AdminIncidentFilter,
  IncidentConnection,
  IncidentTypeInput,
  IncidentTypeRemoval,
  MoveDirection,
} from './incident.admin.inputs.js';

/** Staff's incident inbox (every field ruled isAdmin in incident.rules.ts). Detail: `incident(id)`. */
@Resolver(() => Incident)
export class IncidentAdminResolver {
  @Query(() => IncidentConnection, {
    description: 'Admin: every account’s incidents, unread customer messages (unreadByStaff) first, then most recent activity (updatedAt).',
  })
  adminIncidents(
    @Arg('filter', () => AdminIncidentFilter, { nullable: true }) filter: AdminIncidentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() { em }: Context,
  ): Promise<Page<Incident>> {
    return adminIncidents(em, filter, page);
  }

  @Mutation(() => Incident, { description: 'Admin: changes the status without replying (no e-mail).' })
  setIncidentStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => IncidentStatus) status: IncidentStatus,
    @Ctx() { em, clock }: Context,
  ): Promise<Incident> {
    return setIncidentStatus(em, id, status, clock.now());
  }

  @Mutation(() => Incident, { description: 'Admin: staff opened the incident; its customer messages are read (unreadByStaff false).' })
  markIncidentRead(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<Incident> {
    return markIncidentRead(em, id);
  }

  @Mutation(() => Incident, { description: "Admin: the company's reply to an incident, optionally changing its status." })
  replyToIncident(
    @Arg('id', () => ID) id: string,
    @Arg('body', () => String) body: string,
    @Arg('status', () => IncidentStatus, { nullable: true }) status: IncidentStatus | null,
    @Ctx() ctx: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Incident> {
    return replyToIncident(ctx.em, id, { body, status: status ?? null }, { viewer, now: ctx.clock.now(), publicUrl: ctx.config.publicUrl });
  }

  @FieldResolver(() => String, { description: 'Admin: the customer account’s name.' })
  async accountName(@Root() incident: Incident): Promise<string> {
    return (await loadOne(incident.account)).name;
  }

  @FieldResolver(() => String, { description: 'Admin: who reported it (name).' })
  async reporterName(@Root() incident: Incident): Promise<string> {
    return (await loadOne(incident.createdBy)).name;
  }

  @FieldResolver(() => String, { description: 'Admin: who reported it (e-mail).' })
  async reporterEmail(@Root() incident: Incident): Promise<string> {
    return (await loadOne(incident.createdBy)).email;
  }
}

/** The incident types editor (admin). */
@Resolver(() => IncidentType)
export class IncidentTypeAdminResolver {
  @Query(() => [IncidentType], { description: 'Admin: every incident type, active or not, in order.' })
  adminIncidentTypes(@Ctx() { em }: Context): Promise<IncidentType[]> {
    return allIncidentTypes(em);
  }

  @Mutation(() => IncidentType, { description: 'Admin: a new incident type, last in the order.' })
  createIncidentType(@Arg('input', () => IncidentTypeInput) input: IncidentTypeInput, @Ctx() { em }: Context): Promise<IncidentType> {
    return createIncidentType(em, input);
  }

  @Mutation(() => IncidentType, { description: 'Admin: renames an incident type or (de)activates it.' })
  updateIncidentType(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => IncidentTypeInput) input: IncidentTypeInput,
    @Ctx() { em }: Context,
  ): Promise<IncidentType> {
    return updateIncidentType(em, id, input);
  }

  @Mutation(() => [IncidentType], { description: 'Admin: moves a type one place up or down; returns every type in the new order.' })
  moveIncidentType(
    @Arg('id', () => ID) id: string,
    @Arg('direction', () => MoveDirection) direction: MoveDirection,
    @Ctx() { em }: Context,
  ): Promise<IncidentType[]> {
    return moveIncidentType(em, id, direction);
  }

  @Mutation(() => IncidentTypeRemoval, {
    description: 'Admin: deletes an unused type; one that incidents use is deactivated instead (DEACTIVATED).',
  })
  removeIncidentType(@Arg('id', () => ID) id: string, @Ctx() { em }: Context): Promise<IncidentTypeRemoval> {
    return removeIncidentType(em, id);
  }

  @FieldResolver(() => Int, { description: 'Admin: incidents of this type (a used type cannot be deleted).' })
  incidentCount(@Root() type: IncidentType, @Ctx() { em }: Context): Promise<number> {
    return em.count(Incident, { type: type.id });
  }
}
