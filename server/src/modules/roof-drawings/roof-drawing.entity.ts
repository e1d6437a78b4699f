import { randomUUID } from 'node:crypto';
import { DecimalType, Entity, Filter, ManyToOne, OneToOne, OptionalProps, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import type { RoofFaceEstimate } from '@portal/shared';
import { byInstallationAccount, Installation } from '../installations/installation.entity.js';
import { User } from '../users/user.entity.js';

/** A GeoJSON Polygon as stored: one closed ring of [lng, lat] positions. */
export type StoredRoofPolygon = { type: 'Polygon'; coordinates: number[][][] };

/**
 * One drawn roof face with the estimate the server computed when it was saved; `azimuthDegrees` is
 * the slope direction set by hand (absent in faces saved before it could be).
 */
export type StoredRoofFace = { polygon: StoredRoofPolygon; tiltDegrees: number; azimuthDegrees?: number | null; estimate: RoofFaceEstimate };

/**
 * The roof faces the customer drew for an installation (one drawing per installation; saving again
 * replaces it). The totals are computed by the server with the panel settings of the time.
 */
@Filter(byInstallationAccount)
@Entity({ tableName: 'roof_drawing' })
export class RoofDrawing {
  [OptionalProps]?: 'id' | 'updatedBy' | 'updatedAt';

  @PrimaryKey({ type: 'uuid' }) id: string = randomUUID();
  @OneToOne(() => Installation, { ref: true, owner: true, deleteRule: 'cascade' }) installation!: Ref<Installation>;

  /** Where the map was centred (the address' point), WGS84 degrees. */
  @Property({ type: new DecimalType('number'), precision: 10, scale: 7 }) centerLat!: number;
  @Property({ type: new DecimalType('number'), precision: 10, scale: 7 }) centerLng!: number;
  @Property({ type: 'json' }) faces!: StoredRoofFace[];
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 }) planAreaM2!: number;
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 }) surfaceAreaM2!: number;
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 }) usableAreaM2!: number;
  @Property({ type: 'integer' }) panelCount!: number;
  @Property({ type: new DecimalType('number'), precision: 10, scale: 2 }) peakPowerKwp!: number;
  @Property({ type: 'datetime' }) updatedAt: Date = new Date();

  /** Who saved it last; null once that user is gone. */
  @ManyToOne(() => User, { ref: true, nullable: true, deleteRule: 'set null' }) updatedBy: Ref<User> | null = null;
}
