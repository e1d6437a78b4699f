import { DEFAULT_PANEL_SETTINGS, EARTH_RADIUS_M, roofFaceEstimate, type RoofPolygon } from '@portal/shared';
import { describe, expect, it } from 'vitest';
import { createInstallation } from '../../../test/factories.js';
import { useSolarWorld } from '../../../test/solar-world.js';
import { RoofDrawing } from './roof-drawing.entity.js';

const world = useSolarWorld();

const LAT = 37.3;
const LNG = -6.05;
const M_PER_DEG_LAT = (EARTH_RADIUS_M * Math.PI) / 180;
const M_PER_DEG_LNG = M_PER_DEG_LAT * Math.cos((LAT * Math.PI) / 180);

/** A closed ring of a width × depth rectangle (metres east × north) whose south-west corner is at (LAT, LNG). */
function rectangle(widthM: number, depthM: number, offsetEastM = 0): number[][][] {
  const w = LNG + offsetEastM / M_PER_DEG_LNG;
  const e = w + widthM / M_PER_DEG_LNG;
  const s = LAT;
  const n = LAT + depthM / M_PER_DEG_LAT;
  return [[[w, s], [e, s], [e, n], [w, n], [w, s]]];
}

const BOW_TIE = [[[LNG, LAT], [LNG + 0.0001, LAT + 0.0001], [LNG + 0.0001, LAT], [LNG, LAT + 0.0001], [LNG, LAT]]];

const FACE_FIELDS = 'polygon { type coordinates } tiltDegrees planAreaM2 surfaceAreaM2 usableAreaM2 azimuthDegrees azimuthSetByHand panelCount peakPowerKwp';
const DRAWING_FIELDS = `id center { lat lng } faces { ${FACE_FIELDS} } planAreaM2 surfaceAreaM2 usableAreaM2 panelCount peakPowerKwp updatedAt updatedBy`;
const SAVE = /* GraphQL */ `
  mutation ($id: ID!, $input: RoofDrawingInput!) { saveRoofDrawing(installationId: $id, input: $input) { ${DRAWING_FIELDS} } }
`;
const READ = /* GraphQL */ `query ($id: ID!) { installation(id: $id) { roofDrawing { ${DRAWING_FIELDS} } } }`;
const SETTINGS = /* GraphQL */ `{ roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl } }`;
const UPDATE_SETTINGS = /* GraphQL */ `
  mutation ($input: SettingsInput!) { updateSettings(input: $input) { panelWidthM panelHeightM panelPowerW packingFactor } }
`;

const input = (faces: Array<{ coordinates: number[][][]; tiltDegrees: number; azimuthDegrees?: number | null }>) => ({ center: { lat: LAT, lng: LNG }, faces });
const polygon = (coordinates: number[][][]): RoofPolygon => ({ type: 'Polygon', coordinates });

describe('saving a roof drawing', () => {
  it('computes area, orientation and the panel estimate of a known 10 m × 5 m face on the server', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const coordinates = rectangle(10, 5);
    const body = await world.api.graphql<any>(SAVE, { id: installation.id, input: input([{ coordinates, tiltDegrees: 30 }]) }, { cookie: world.cookies.solar });
    expect(body.errors).toBeUndefined();
    const saved = body.data.saveRoofDrawing;
    const face = saved.faces[0];
    expect(Math.abs(face.planAreaM2 - 50) / 50).toBeLessThan(0.01);
    const expected = roofFaceEstimate(polygon(coordinates), 30, DEFAULT_PANEL_SETTINGS);
    expect(face).toMatchObject({
      tiltDegrees: 30,
      planAreaM2: expected.planAreaM2,
      surfaceAreaM2: expected.surfaceAreaM2,
      usableAreaM2: expected.usableAreaM2,
      azimuthDegrees: 180,
      panelCount: expected.panelCount,
      peakPowerKwp: expected.peakPowerKWp,
    });
    expect(expected.panelCount).toBeGreaterThan(0);
    expect(face.polygon).toEqual({ type: 'Polygon', coordinates });
    expect(saved).toMatchObject({
      center: { lat: LAT, lng: LNG },
      planAreaM2: expected.planAreaM2,
      panelCount: expected.panelCount,
      peakPowerKwp: expected.peakPowerKWp,
      updatedBy: expect.any(String),
    });

    const read = await world.api.graphql<any>(READ, { id: installation.id }, { cookie: world.cookies.solar });
    expect(read.data.installation.roofDrawing).toEqual(saved);
  });

  it('refuses a crossing outline naming the face, and keeps the saved drawing', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const good = rectangle(10, 5);
    await world.api.graphql<any>(SAVE, { id: installation.id, input: input([{ coordinates: good, tiltDegrees: 30 }]) }, { cookie: world.cookies.solar });

    const bad = await world.api.graphql<any>(
      SAVE,
      { id: installation.id, input: input([{ coordinates: BOW_TIE, tiltDegrees: 30 }, { coordinates: good, tiltDegrees: 20 }]) },
      { cookie: world.cookies.solar },
    );
    expect(bad.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.faces.0', reason: 'SELF_INTERSECTING' });

    const second = await world.api.graphql<any>(
      SAVE,
      { id: installation.id, input: input([{ coordinates: good, tiltDegrees: 30 }, { coordinates: rectangle(1, 1, 20), tiltDegrees: 30 }]) },
      { cookie: world.cookies.solar },
    );
    expect(second.errors![0]!.extensions).toMatchObject({ argument: 'input.faces.1', reason: 'TOO_SMALL' });

    const tilt = await world.api.graphql<any>(SAVE, { id: installation.id, input: input([{ coordinates: good, tiltDegrees: 75 }]) }, { cookie: world.cookies.solar });
    expect(tilt.errors![0]!.extensions).toMatchObject({ argument: 'input.faces.0', reason: 'TILT_OUT_OF_RANGE' });

    const none = await world.api.graphql<any>(SAVE, { id: installation.id, input: input([]) }, { cookie: world.cookies.solar });
    expect(none.errors![0]!.extensions).toMatchObject({ argument: 'input.faces', reason: 'NO_FACES' });

    const read = await world.api.graphql<any>(READ, { id: installation.id }, { cookie: world.cookies.solar });
    expect(read.data.installation.roofDrawing.faces).toHaveLength(1);
    expect(read.data.installation.roofDrawing.faces[0].polygon.coordinates).toEqual(good);
    expect(await world.em().count(RoofDrawing, { installation: installation.id })).toBe(1);
  });

  it('keeps the slope direction the customer corrected, and refuses one outside 0–360', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const drawn = await world.api.graphql<any>(SAVE, { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30 }]) }, { cookie: world.cookies.solar });
    // A rectangle reads as sloping south until the customer says otherwise.
    expect(drawn.data.saveRoofDrawing.faces[0]).toMatchObject({ azimuthDegrees: 180, azimuthSetByHand: false });
    const corrected = await world.api.graphql<any>(
      SAVE,
      { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30, azimuthDegrees: 90 }]) },
      { cookie: world.cookies.solar },
    );
    expect(corrected.errors).toBeUndefined();
    const read = await world.api.graphql<any>(READ, { id: installation.id }, { cookie: world.cookies.solar });
    expect(read.data.installation.roofDrawing.faces[0]).toMatchObject({ azimuthDegrees: 90, azimuthSetByHand: true });

    const wrong = await world.api.graphql<any>(
      SAVE,
      { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30, azimuthDegrees: 360 }]) },
      { cookie: world.cookies.solar },
    );
    expect(wrong.errors![0]!.extensions).toMatchObject({ argument: 'input.faces.0', reason: 'AZIMUTH_OUT_OF_RANGE' });
  });

  it('saving again replaces the faces (one drawing per installation)', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const first = await world.api.graphql<any>(SAVE, { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30 }]) }, { cookie: world.cookies.solar });
    const faces = [
      { coordinates: rectangle(8, 4), tiltDegrees: 25 },
      { coordinates: rectangle(6, 4, 12), tiltDegrees: 15 },
    ];
    const second = await world.api.graphql<any>(SAVE, { id: installation.id, input: input(faces) }, { cookie: world.cookies.solar });
    expect(second.errors).toBeUndefined();
    expect(second.data.saveRoofDrawing.id).toBe(first.data.saveRoofDrawing.id);
    const read = await world.api.graphql<any>(READ, { id: installation.id }, { cookie: world.cookies.solar });
    const drawing = read.data.installation.roofDrawing;
    expect(drawing.faces.map((face: { tiltDegrees: number }) => face.tiltDegrees)).toEqual([25, 15]);
    const expected = faces.map((face) => roofFaceEstimate(polygon(face.coordinates), face.tiltDegrees));
    expect(drawing.panelCount).toBe(expected[0]!.panelCount + expected[1]!.panelCount);
    expect(await world.em().count(RoofDrawing, { installation: installation.id })).toBe(1);
  });

  it('is NOT_FOUND for another customer and FORBIDDEN for a WEB_CLIENT-only user', async () => {
    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const variables = { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30 }]) };
    const other = await world.api.graphql<any>(SAVE, variables, { cookie: world.cookies.otherSolar });
    expect(other.errors![0]!.extensions).toMatchObject({ code: 'NOT_FOUND', argument: 'installationId' });
    const web = await world.api.graphql<any>(SAVE, variables, { cookie: world.cookies.webClient });
    expect(web.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const settings = await world.api.graphql<any>(SETTINGS, undefined, { cookie: world.cookies.webClient });
    expect(settings.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    expect(await world.em().count(RoofDrawing, { installation: installation.id })).toBe(0);
  });
});

describe('panel settings', () => {
  it('the customer reads the settings and map services; an admin changes them and the estimate follows', async () => {
    const initial = await world.api.graphql<any>(SETTINGS, undefined, { cookie: world.cookies.solar });
    expect(initial.data.roofDrawingSettings).toEqual({
      ...DEFAULT_PANEL_SETTINGS,
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      geocoderUrl: 'https://nominatim.openstreetmap.org/search',
    });

    const refused = await world.api.graphql<any>(UPDATE_SETTINGS, { input: { packingFactor: 0.2 } }, { cookie: world.cookies.admin });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.packingFactor' });
    const negative = await world.api.graphql<any>(UPDATE_SETTINGS, { input: { panelPowerW: -5 } }, { cookie: world.cookies.admin });
    expect(negative.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'input.panelPowerW' });
    const byCustomer = await world.api.graphql<any>(UPDATE_SETTINGS, { input: { panelPowerW: 500 } }, { cookie: world.cookies.solar });
    expect(byCustomer.errors![0]!.extensions!.code).toBe('FORBIDDEN');

    const installation = await createInstallation(world.em(), world.account, 'Dibujo de cubierta');
    const variables = { id: installation.id, input: input([{ coordinates: rectangle(10, 5), tiltDegrees: 30 }]) };
    const before = await world.api.graphql<any>(SAVE, variables, { cookie: world.cookies.solar });

    const changed = { panelWidthM: 1, panelHeightM: 1.7, panelPowerW: 500, packingFactor: 0.9 };
    const updated = await world.api.graphql<any>(UPDATE_SETTINGS, { input: changed }, { cookie: world.cookies.admin });
    expect(updated.data.updateSettings).toEqual(changed);
    const read = await world.api.graphql<any>(SETTINGS, undefined, { cookie: world.cookies.solar });
    expect(read.data.roofDrawingSettings).toMatchObject(changed);

    const after = await world.api.graphql<any>(SAVE, variables, { cookie: world.cookies.solar });
    const expected = roofFaceEstimate(polygon(variables.input.faces[0]!.coordinates), 30, changed);
    expect(after.data.saveRoofDrawing.faces[0]).toMatchObject({ panelCount: expected.panelCount, peakPowerKwp: expected.peakPowerKWp });
    expect(after.data.saveRoofDrawing.peakPowerKwp).not.toBe(before.data.saveRoofDrawing.peakPowerKwp);
  });
});
