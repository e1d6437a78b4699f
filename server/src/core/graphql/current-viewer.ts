import { createParameterDecorator } from 'type-graphql';
import type { Context, Viewer } from '../context.js';
import { unauthenticated } from '../permissions/rules.js';

/**
 * The signed-in viewer as a resolver parameter. The shield already refuses these fields when
 * signed out; should a rule ever let one through, this answers UNAUTHENTICATED, never a null deref.
 */
export function CurrentViewer(): ReturnType<typeof createParameterDecorator> {
  return createParameterDecorator<Context>(({ context }): Viewer => {
    if (!context.viewer) throw unauthenticated();
    return context.viewer;
  });
}
