import { canSee, type RuleTree } from '../../core/permissions/rules.js';

const installation = canSee('INSTALLATION');

export const roofDrawingRules: RuleTree = {
  Query: { roofDrawingSettings: installation },
  Mutation: { saveRoofDrawing: installation },
  RoofDrawing: { '*': installation },
  RoofFace: { '*': installation },
  RoofPolygon: { '*': installation },
  RoofCenter: { '*': installation },
  RoofDrawingSettings: { '*': installation },
};
