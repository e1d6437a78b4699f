import { canSee, isAdmin, type RuleTree } from '../../core/permissions/rules.js';
import type { Viewer } from '../../core/context.js';
import type { ImportKind } from './import-formats.js';

// Staff import anything; a customer who sees Medidas may import curves of their own supply points
// (the upload loads only those: another CUPS looks absent) and follow their own jobs (the resolver).
const ownCurves = canSee('MEASUREMENTS');

export const importsRules: RuleTree = {
  Query: { importJobs: isAdmin, importJob: ownCurves },
  ImportJob: { '*': ownCurves },
  ImportRowErrorType: { '*': ownCurves },
  ImportJobConnection: { '*': isAdmin },
};

/** Whether `viewer` may upload a file of `kind` (POST /uploads/imports/:kind). */
export function mayImport(viewer: Viewer, kind: ImportKind): boolean {
  return viewer.isAdmin || (kind !== 'OMIE' && viewer.sections.includes('MEASUREMENTS'));
}
