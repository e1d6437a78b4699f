import type { ModuleDescriptor } from '../../core/module.js';
import { RoofDrawing } from './roof-drawing.entity.js';
import { RoofDrawingResolver } from './roof-drawing.resolver.js';
import { roofDrawingRules } from './roof-drawing.rules.js';

export const roofDrawingsModule: ModuleDescriptor = {
  name: 'roof-drawings',
  entities: [RoofDrawing],
  resolvers: [RoofDrawingResolver],
  rules: [roofDrawingRules],
};
