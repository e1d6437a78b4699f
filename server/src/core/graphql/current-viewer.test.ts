import 'reflect-metadata';
import { graphql } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import type { Viewer } from '../context.js';
import { ErrorCode } from '../errors.js';
import { CurrentViewer } from './current-viewer.js';

@Resolver()
class ViewerProbeResolver {
  @Query(() => String)
  viewerSession(@CurrentViewer() viewer: Viewer): string {
    return viewer.sessionId;
  }
}

// No shield here: the decorator must hold on its own if a rule ever lets a signed-out request through.
const schema = await buildSchema({ resolvers: [ViewerProbeResolver], validate: false });

describe('@CurrentViewer()', () => {
  it('hands the resolver the signed-in viewer', async () => {
    const result = await graphql({ schema, source: '{ viewerSession }', contextValue: { viewer: { sessionId: 's-1' } } });
    expect(result).toEqual({ data: { viewerSession: 's-1' } });
  });

  it('answers UNAUTHENTICATED without a viewer, never a null dereference', async () => {
    const result = await graphql({ schema, source: '{ viewerSession }', contextValue: { viewer: null } });
    expect(result.errors?.map((error) => error.extensions.code)).toEqual([ErrorCode.UNAUTHENTICATED]);
  });
});
