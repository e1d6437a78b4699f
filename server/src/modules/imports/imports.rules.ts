import type { Section } from '@portal/shared';
import { canSeeAny, isAdmin, seesAnySection, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';
import type { Viewer } from '../../core/context.js';
import type { ImportKind } from './import-formats.js';

/**
 * The sections whose customers may bring their own hourly curve: Medidas, and the installation
 * (a solar customer without Medidas uploads it in the roof step, so the estimate sets the roof's
 * production against their consumption). Either way only their own CUPS: the upload loads only the
 * viewer's scope, so another CUPS looks absent.
 */
export const CURVE_IMPORT_SECTIONS: readonly Section[] = ['MEASUREMENTS', 'INSTALLATION'];

// Staff import anything; a customer of CURVE_IMPORT_SECTIONS imports curves of their own supply
// points and follows their own jobs (the resolver).
const ownCurves = canSeeAny(CURVE_IMPORT_SECTIONS);

export const importsRules: RuleTree = {
  Query: { importJobs: isAdmin, importJob: ownCurves },
  ...wholeTypes(ownCurves, ['ImportJob', 'ImportRowErrorType']),
  ImportJobConnection: { '*': isAdmin },
};

/** Whether `viewer` may upload a file of `kind` (POST /uploads/imports/:kind): never prices for a customer. */
export function mayImport(viewer: Viewer, kind: ImportKind): boolean {
  return viewer.isAdmin || (kind !== 'OMIE' && seesAnySection(viewer, CURVE_IMPORT_SECTIONS));
}
