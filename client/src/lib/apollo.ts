import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import introspection from '../__generated__/possible-types.js';
import { onSessionStart } from './session.js';
import { VIEWER } from './viewer.documents.js';

// A session that ends (idle timeout, signed out elsewhere) makes any query answer UNAUTHENTICATED:
// forget the viewer, and the router sends the user to sign in and then back to where they were.
const sessionEnded = new ErrorLink(({ error }) => {
  if (CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) {
    apolloClient.cache.writeQuery({ query: VIEWER, data: { viewer: null } });
  }
});

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([sessionEnded, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache({ possibleTypes: introspection.possibleTypes }),
});

// After signing in or out (session.ts startSession): nothing cached for the previous user
// survives; the screens on show refetch.
onSessionStart(() => apolloClient.resetStore());
