import { DecimalType, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { DEFAULT_PANEL_SETTINGS } from '@portal/shared';

/** The one row of company-wide settings admins edit. */
@Entity({ tableName: 'portal_settings' })
export class PortalSettings {
  @PrimaryKey({ type: 'smallint' }) id: number = 1;

  /** On: activating a contract creates (or extends) a user for the account's billing e-mail. */
  @Property({ type: 'boolean' }) automaticUserCreation: boolean = false;

  /** The user type given to automatically created users (the seed's "defined as billing"). */
  @Property({ type: 'string', length: 40 }) automaticUserType: string = 'WEB_CLIENT';

  /** How long the welcome (set-password) link stays valid. */
  @Property({ type: 'smallint' }) welcomeLinkValidityDays: number = 7;

  /** Roof estimate: panel width in metres. */
  @Property({ type: new DecimalType('number'), precision: 6, scale: 3, default: DEFAULT_PANEL_SETTINGS.panelWidthM })
  panelWidthM: number = DEFAULT_PANEL_SETTINGS.panelWidthM;

  /** Roof estimate: panel height in metres. */
  @Property({ type: new DecimalType('number'), precision: 6, scale: 3, default: DEFAULT_PANEL_SETTINGS.panelHeightM })
  panelHeightM: number = DEFAULT_PANEL_SETTINGS.panelHeightM;

  /** Roof estimate: peak power of one panel in watts. */
  @Property({ type: new DecimalType('number'), precision: 8, scale: 2, default: DEFAULT_PANEL_SETTINGS.panelPowerW })
  panelPowerW: number = DEFAULT_PANEL_SETTINGS.panelPowerW;

  /** Roof estimate: share of the sloped surface panels can cover, 0.3 to 1. */
  @Property({ type: new DecimalType('number'), precision: 4, scale: 3, default: DEFAULT_PANEL_SETTINGS.packingFactor })
  packingFactor: number = DEFAULT_PANEL_SETTINGS.packingFactor;

  /** Where customers pay an overdue invoice by transfer (normalised IBAN); null: not shown. */
  @Property({ type: 'string', length: 34, nullable: true }) paymentIban: string | null = null;

  /** The transfer's reference; `|invoice_number|` becomes the invoice's number. */
  @Property({ type: 'string', length: 140, nullable: true }) paymentReference: string | null = null;

  /** An https page where customers pay online; null: not shown. */
  @Property({ type: 'string', length: 2000, nullable: true }) paymentLink: string | null = null;
}
