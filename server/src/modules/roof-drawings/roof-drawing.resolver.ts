import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context, Viewer } from '../../core/context.js';
import { CurrentViewer } from '../../core/graphql/current-viewer.js';
import { idArgument } from '../../core/graphql/id-argument.js';
import { Installation } from '../installations/installation.entity.js';
import { RoofDrawing } from './roof-drawing.entity.js';
import { roofDrawingSettings, roofDrawingView, saveRoofDrawing } from './roof-drawing.service.js';
import { RoofDrawingInput, RoofDrawingSettings, RoofDrawingView } from './roof-drawing.types.js';

@Resolver(() => Installation)
export class RoofDrawingResolver {
  @FieldResolver(() => RoofDrawingView, { nullable: true, description: 'The roof the customer drew; null until saved.' })
  async roofDrawing(@Root() installation: Installation, @Ctx() { em }: Context): Promise<RoofDrawingView | null> {
    const drawing = await em.findOne(RoofDrawing, { installation: installation.id }, { populate: ['updatedBy'] });
    return drawing && roofDrawingView(drawing);
  }

  @Query(() => RoofDrawingSettings, { description: 'Panel settings of the roof estimate and the map services.' })
  roofDrawingSettings(@Ctx() { em, config }: Context): Promise<RoofDrawingSettings> {
    return roofDrawingSettings(em, config);
  }

  @Mutation(() => RoofDrawingView, {
    description: 'Saves the roof faces of an installation (replacing the saved ones); the estimate is computed here.',
  })
  async saveRoofDrawing(
    @Arg('installationId', () => ID) installationId: string,
    @Arg('input', () => RoofDrawingInput) input: RoofDrawingInput,
    @Ctx() { em, clock }: Context,
    @CurrentViewer() viewer: Viewer,
  ): Promise<RoofDrawingView> {
    const user = viewer.user;
    const drawing = await saveRoofDrawing(em, idArgument('installationId', installationId), input, { user, now: clock.now() });
    return roofDrawingView(drawing, user.name);
  }
}
