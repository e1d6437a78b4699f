import { GraphQLError, Kind, parse, type DocumentNode, type ParseOptions, type SelectionSetNode } from 'graphql';

/**
 * What a document may hold before graphql-js validates it. Validation is not linear
 * (OverlappingFieldsCanBeMerged compares same-named fields and fragments pairwise: 2,200 root
 * fields cost ~0.6 s), so the size is bounded first, in one pass over the parsed document.
 * The SPA's largest operation has 106 selections with the __typename Apollo Client adds (admin
 * installation detail; test/query-limits.test.ts checks them all); graphql-js's introspection
 * query with every option, 81.
 */
export const DOCUMENT_LIMITS = {
  /** Selections (fields, fragment spreads, inline fragments) of a signed-out caller's document. */
  anonymousSelections: 120,
  /** A signed-in caller's: the worst case (100 fragments of one field each) validates in ~10 ms. */
  signedInSelections: 300,
  /** The README's "one operation per request": a document names exactly one operation. */
  operations: 1,
} as const;

/** Refused before validation: HTTP 400, like every other refused document. */
function refused(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } });
}

/** Counts selections in one pass (no recursion, so no stack to exhaust); stops once past `limit`. */
export function countSelections(document: DocumentNode, limit: number): number {
  let count = 0;
  const pending: SelectionSetNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) pending.push(definition.selectionSet);
  }
  while (pending.length > 0 && count <= limit) {
    for (const selection of pending.pop()!.selections) {
      count++;
      if (selection.kind !== Kind.FRAGMENT_SPREAD && selection.selectionSet) pending.push(selection.selectionSet);
    }
  }
  return count;
}

/** Why `document` is refused before validation, or null. */
export function documentSizeError(document: DocumentNode, signedIn: boolean): GraphQLError | null {
  const operations = document.definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION).length;
  if (operations > DOCUMENT_LIMITS.operations) {
    return refused(`One operation per request: this document has ${operations}.`);
  }
  const limit = signedIn ? DOCUMENT_LIMITS.signedInSelections : DOCUMENT_LIMITS.anonymousSelections;
  const selections = countSelections(document, limit);
  if (selections > limit) {
    return refused(`Selections limit of ${limit} exceeded${signedIn ? '' : ' for a signed-out caller'}.`);
  }
  return null;
}

/**
 * Throws the refusal of the request's document (`query` as sent), if any. Called while Apollo
 * builds the context: that is after the viewer is known and before Apollo parses and
 * validates, and an error thrown there is answered with its extensions.http status (400),
 * whereas one thrown from a plugin's parsing or validation hook becomes a 500. The parse here
 * is linear and capped by `parseOptions.maxTokens`; a document that does not parse is left
 * to Apollo, which reports the syntax error.
 */
export function refuseOversizedDocument(query: unknown, signedIn: boolean, parseOptions: ParseOptions): void {
  if (typeof query !== 'string') return;
  let document: DocumentNode;
  try {
    document = parse(query, { ...parseOptions, noLocation: true });
  } catch {
    return;
  }
  const error = documentSizeError(document, signedIn);
  if (error) throw error;
}
