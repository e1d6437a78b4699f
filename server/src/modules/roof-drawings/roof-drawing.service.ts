import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  isValidAzimuth,
  isValidTilt,
  MAX_TILT_DEGREES,
  MIN_TILT_DEGREES,
  roofEstimate,
  validateRoofFace,
  type PanelSettings,
  type RoofFaceEstimate,
} from '@portal/shared';
import type { Config } from '../../config.js';
import { invalidInput, notFound } from '../../core/errors.js';
import { stringEnum } from '../../core/string-enum.js';
import { Installation } from '../installations/installation.entity.js';
import { raisePortalEvent } from '../notifications/index.js';
import { loadSettings, panelSettingsOf } from '../settings/index.js';
import { User } from '../users/user.entity.js';
import { RoofDrawing, type StoredRoofFace, type StoredRoofPolygon } from './roof-drawing.entity.js';
import type { RoofDrawingInput, RoofDrawingSettings, RoofDrawingView, RoofFace } from './roof-drawing.types.js';

export const MAX_ROOF_FACES = 20;
/** More vertices than any roof outline needs; keeps the stored JSON (and the checks) small. */
export const MAX_FACE_POSITIONS = 200;

/** Reasons of BAD_USER_INPUT besides the shared RoofFaceProblem codes. */
export const RoofDrawingReason = stringEnum([
  'NO_FACES', 'TOO_MANY_FACES', 'TOO_MANY_POINTS', 'TILT_OUT_OF_RANGE', 'AZIMUTH_OUT_OF_RANGE', 'INVALID_CENTER',
]);

/** The faces as they will be stored: checked, positions reduced to [lng, lat]. Throws on the first bad one. */
export function checkedFaces(input: RoofDrawingInput): Array<{ polygon: StoredRoofPolygon; tiltDegrees: number; azimuthDegrees: number | null }> {
  const { center, faces } = input;
  if (!Number.isFinite(center.lat) || !Number.isFinite(center.lng) || Math.abs(center.lat) > 90 || Math.abs(center.lng) > 180) {
    throw invalidInput('input.center', RoofDrawingReason.INVALID_CENTER, 'the centre must be a latitude (-90 to 90) and longitude (-180 to 180).');
  }
  if (faces.length === 0) throw invalidInput('input.faces', RoofDrawingReason.NO_FACES, 'draw at least one roof face.');
  if (faces.length > MAX_ROOF_FACES) {
    throw invalidInput('input.faces', RoofDrawingReason.TOO_MANY_FACES, `at most ${MAX_ROOF_FACES} roof faces, got ${faces.length}.`);
  }
  return faces.map((face, index) => {
    const argument = `input.faces.${index}`;
    if (face.coordinates.reduce((sum, ring) => sum + ring.length, 0) > MAX_FACE_POSITIONS) {
      throw invalidInput(argument, RoofDrawingReason.TOO_MANY_POINTS, `a roof face has at most ${MAX_FACE_POSITIONS} points.`);
    }
    const polygon: StoredRoofPolygon = {
      type: 'Polygon',
      coordinates: face.coordinates.map((ring) => ring.map((position) => (position.length > 2 ? position.slice(0, 2) : position))),
    };
    const validation = validateRoofFace(polygon);
    if (!validation.ok) throw invalidInput(argument, validation.reason, validation.message);
    if (!isValidTilt(face.tiltDegrees)) {
      throw invalidInput(
        argument,
        RoofDrawingReason.TILT_OUT_OF_RANGE,
        `the tilt must be between ${MIN_TILT_DEGREES} and ${MAX_TILT_DEGREES} degrees, got ${face.tiltDegrees}.`,
      );
    }
    const azimuthDegrees = face.azimuthDegrees ?? null;
    if (azimuthDegrees !== null && !isValidAzimuth(azimuthDegrees)) {
      throw invalidInput(
        argument,
        RoofDrawingReason.AZIMUTH_OUT_OF_RANGE,
        `the slope direction must be from 0 up to 360 degrees, got ${azimuthDegrees}.`,
      );
    }
    return { polygon, tiltDegrees: face.tiltDegrees, azimuthDegrees };
  });
}

/** Validates, estimates with the current panel settings and stores the drawing (replacing the faces saved before). */
export async function saveRoofDrawing(
  em: EntityManager,
  installationId: string,
  input: RoofDrawingInput,
  by: { user: Pick<User, 'id' | 'email' | 'name' | 'language'>; now: Date },
): Promise<RoofDrawing> {
  const faces = checkedFaces(input);
  return em.transactional(async (tx) => {
    // The lock serialises two saves of the same installation (one drawing per installation).
    const installation = await tx.findOne(Installation, { id: installationId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!installation) throw notFound('installationId', 'No such installation.');
    const settings = panelSettingsOf(await loadSettings(tx));
    const estimate = roofEstimate(faces, settings);
    const stored: StoredRoofFace[] = faces.map((face, index) => ({ ...face, estimate: estimate.faces[index]! }));

    const fields = {
      // The columns keep 7 decimals (about 1 cm); rounding here makes the answer match a later read.
      centerLat: Math.round(input.center.lat * 1e7) / 1e7,
      centerLng: Math.round(input.center.lng * 1e7) / 1e7,
      faces: stored,
      planAreaM2: estimate.planAreaM2,
      surfaceAreaM2: estimate.surfaceAreaM2,
      usableAreaM2: estimate.usableAreaM2,
      panelCount: estimate.panelCount,
      peakPowerKwp: estimate.peakPowerKWp,
      updatedAt: by.now,
    };
    // Saving again replaces the installation's one drawing (same id).
    const existing = await tx.findOne(RoofDrawing, { installation });
    const drawing = existing ? Object.assign(existing, fields) : tx.create(RoofDrawing, { installation, ...fields });
    drawing.updatedBy = tx.getReference(User, by.user.id, { wrapped: true });
    await raisePortalEvent(tx, 'roof-saved', {
      to: by.user.email,
      language: by.user.language,
      now: by.now,
      variables: {
        client_name: by.user.name,
        installation_code: installation.code,
        installation_address: installation.address,
        roof_faces: String(faces.length),
        panel_count: String(estimate.panelCount),
        peak_power_kwp: estimate.peakPowerKWp.toFixed(2),
      },
    });
    return drawing;
  });
}

function faceView(face: StoredRoofFace): RoofFace {
  const estimate: RoofFaceEstimate = face.estimate;
  return {
    polygon: face.polygon,
    tiltDegrees: face.tiltDegrees,
    planAreaM2: estimate.planAreaM2,
    surfaceAreaM2: estimate.surfaceAreaM2,
    usableAreaM2: estimate.usableAreaM2,
    azimuthDegrees: estimate.azimuthDegrees,
    azimuthSetByHand: face.azimuthDegrees != null,
    panelCount: estimate.panelCount,
    peakPowerKwp: estimate.peakPowerKWp,
  };
}

/** The drawing as the API shows it; `updatedBy` loaded, or its name given. */
export function roofDrawingView(drawing: RoofDrawing, updatedByName?: string | null): RoofDrawingView {
  return {
    id: drawing.id,
    center: { lat: Number(drawing.centerLat), lng: Number(drawing.centerLng) },
    faces: drawing.faces.map(faceView),
    planAreaM2: Number(drawing.planAreaM2),
    surfaceAreaM2: Number(drawing.surfaceAreaM2),
    usableAreaM2: Number(drawing.usableAreaM2),
    panelCount: drawing.panelCount,
    peakPowerKwp: Number(drawing.peakPowerKwp),
    updatedAt: drawing.updatedAt,
    updatedBy: updatedByName !== undefined ? updatedByName : (drawing.updatedBy?.getEntity().name ?? null),
  };
}

export async function roofDrawingSettings(em: EntityManager, config: Config): Promise<RoofDrawingSettings> {
  const panels: PanelSettings = panelSettingsOf(await loadSettings(em));
  return { ...panels, tileUrl: config.map.tileUrl.trim() || null, geocoderUrl: config.map.geocoderUrl.trim() || null };
}
