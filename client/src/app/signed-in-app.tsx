import { ApolloProvider } from '@apollo/client/react';
import { useState } from 'react';
import { apolloClient } from '../lib/apollo.js';
import { VIEWER, type SignedInViewer } from '../lib/viewer.documents.js';
import { App } from './app.js';

/**
 * The portal with Apollo Client, loaded once someone is signed in (root.tsx). From then on Apollo's
 * cache owns the viewer: signing out, a session that ends and signing in again all happen here.
 */
export default function SignedInApp({ viewer }: { viewer: SignedInViewer }) {
  // Once per mount, before App reads it: Apollo starts from the entry's answer instead of asking again.
  useState(() => apolloClient.writeQuery({ query: VIEWER, data: { viewer } }));
  return (
    <ApolloProvider client={apolloClient}>
      <App />
    </ApolloProvider>
  );
}
