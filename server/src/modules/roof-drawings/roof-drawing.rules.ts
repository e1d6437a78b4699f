import { canSee, type RuleTree } from '../../core/permissions/rules.js';
import { wholeTypes } from '../../core/permissions/whole-types.js';

const installation = canSee('INSTALLATION');

export const roofDrawingRules: RuleTree = {
  Query: { roofDrawingSettings: installation },
  Mutation: { saveRoofDrawing: installation },
  ...wholeTypes(installation, ['RoofDrawing', 'RoofFace', 'RoofPolygon', 'RoofCenter', 'RoofDrawingSettings']),
};
