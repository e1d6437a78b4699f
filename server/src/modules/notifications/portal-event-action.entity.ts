import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * What the server does when the portal raises an event (the seed's "acciones de fuentes
 * externas", tab "Portal de cliente"): send the named template. `login-code` must point at a
 * template carrying |client_code_verification|.
 */
@Entity({ tableName: 'portal_event_action' })
export class PortalEventAction {
  @PrimaryKey({ type: 'string', length: 64 }) event!: string;
  @Property({ type: 'string', length: 64, nullable: true }) templateKey: string | null = null;
  @Property({ type: 'boolean' }) enabled: boolean = true;
}
