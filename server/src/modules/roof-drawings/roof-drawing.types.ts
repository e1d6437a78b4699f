import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../core/graphql/scalars.js';

@ObjectType({ description: 'A GeoJSON Polygon: one closed ring of [longitude, latitude] positions.' })
export class RoofPolygon {
  @Field(() => String, { description: 'Always "Polygon".' }) type!: 'Polygon';

  @Field(() => [[[Float]]], { description: 'One ring; its last position repeats the first.' })
  coordinates!: number[][][];
}

@ObjectType({ description: 'One roof face as saved, with the estimate the server computed.' })
export class RoofFace {
  @Field(() => RoofPolygon) polygon!: RoofPolygon;
  @Field(() => Float, { description: 'Degrees from horizontal, 0–60.' }) tiltDegrees!: number;
  @Field(() => Float, { description: 'Geodesic area of the outline as drawn (horizontal), m².' }) planAreaM2!: number;
  @Field(() => Float, { description: 'Area of the sloped surface, m².' }) surfaceAreaM2!: number;
  @Field(() => Float, { description: 'Sloped surface × packing factor, m².' }) usableAreaM2!: number;

  @Field(() => Float, { description: 'Compass direction the face slopes towards: 0 north, 90 east, 180 south.' })
  azimuthDegrees!: number;

  @Field(() => Boolean, { description: 'The azimuth was set by hand; false: read from the outline.' })
  azimuthSetByHand!: boolean;

  @Field(() => Int) panelCount!: number;
  @Field(() => Float) peakPowerKwp!: number;
}

@ObjectType({ description: 'A point in WGS84 degrees.' })
export class RoofCenter {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@ObjectType('RoofDrawing', { description: "The customer's drawing of the roof and the panel estimate it gives." })
export class RoofDrawingView {
  @Field(() => ID) id!: string;
  @Field(() => RoofCenter, { description: 'Where the map is centred (the address).' }) center!: RoofCenter;
  @Field(() => [RoofFace]) faces!: RoofFace[];
  @Field(() => Float) planAreaM2!: number;
  @Field(() => Float) surfaceAreaM2!: number;
  @Field(() => Float) usableAreaM2!: number;
  @Field(() => Int) panelCount!: number;
  @Field(() => Float) peakPowerKwp!: number;
  @Field(() => DateTimeScalar) updatedAt!: Date;
  @Field(() => String, { nullable: true, description: 'Name of who saved it last.' }) updatedBy!: string | null;
}

@ObjectType({ description: 'What the roof drawing screen needs: panel settings of the estimate and the map services.' })
export class RoofDrawingSettings {
  @Field(() => Float, { description: 'Panel width in metres.' }) panelWidthM!: number;
  @Field(() => Float, { description: 'Panel height in metres.' }) panelHeightM!: number;
  @Field(() => Float, { description: 'Peak power of one panel in watts.' }) panelPowerW!: number;
  @Field(() => Float, { description: 'Share of the sloped surface panels can cover.' }) packingFactor!: number;

  @Field(() => String, { nullable: true, description: 'Map tiles ({z}/{x}/{y} template); null: no tiles.' })
  tileUrl!: string | null;

  @Field(() => String, { nullable: true, description: 'Address search (Nominatim-style `?q=…&format=json`); null: none.' })
  geocoderUrl!: string | null;
}

@InputType()
export class RoofCenterInput {
  @Field(() => Float) lat!: number;
  @Field(() => Float) lng!: number;
}

@InputType()
export class RoofFaceInput {
  @Field(() => [[[Float]]], { description: 'GeoJSON Polygon coordinates: one closed ring of [longitude, latitude].' })
  coordinates!: number[][][];

  @Field(() => Float, { description: 'Degrees from horizontal, 0–60.' }) tiltDegrees!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Compass direction the face slopes towards (0 north, 90 east, 180 south), 0 up to 360, as the customer corrected it; null: read from the outline (its longest edge).',
  })
  azimuthDegrees?: number | null;
}

@InputType()
export class RoofDrawingInput {
  @Field(() => RoofCenterInput) center!: RoofCenterInput;
  @Field(() => [RoofFaceInput], { description: '1 to 20 faces; replaces the saved ones.' }) faces!: RoofFaceInput[];
}
