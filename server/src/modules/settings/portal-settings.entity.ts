import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** The one row of company-wide settings admins edit. */
@Entity({ tableName: 'portal_settings' })
export class PortalSettings {
  @PrimaryKey({ type: 'smallint' })
  id: number = 1;

  /** On: activating a contract creates (or extends) a user for the account's billing e-mail. */
  @Property({ type: 'boolean' })
  automaticUserCreation: boolean = false;

  /** The user type given to automatically created users (the seed's "defined as billing"). */
  @Property({ type: 'string', length: 40 })
  automaticUserType: string = 'WEB_CLIENT';

  /** How long the welcome (set-password) link stays valid. */
  @Property({ type: 'smallint' })
  welcomeLinkValidityDays: number = 7;
}
