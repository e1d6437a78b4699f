import { useQuery } from '@apollo/client/react';
import type { DocumentNode } from 'graphql';
import { createContext, useCallback, useContext, useEffect, useState } from 'react';

/*
 * The home's summary cards appear together, once each has its first answer: a card that grew as its
 * data arrived (or vanished, having nothing to show) would push the cards and links below it, a
 * layout shift on every visit. Until then the page shows one placeholder in their place.
 */

type Answered = (query: DocumentNode) => void;
const CardAnswered = createContext<Answered>(() => undefined);

/** `useQuery` for a home card: until its first answer, the summary waits for it. */
export const useCardQuery = ((query: DocumentNode, options?: object) => {
  const result = useQuery(query, options);
  const answered = useContext(CardAnswered);
  useEffect(() => {
    if (!result.loading) answered(query);
  }, [answered, query, result.loading]);
  return result;
}) as typeof useQuery;

/** Whether every card (its query) has answered once; `Provider` with `value={answered}` wraps the cards. */
export function useCardsGate(queries: readonly DocumentNode[]) {
  const [waiting, setWaiting] = useState<ReadonlySet<DocumentNode>>(() => new Set(queries));
  const answered = useCallback<Answered>((query) => {
    setWaiting((previous) => (previous.has(query) ? new Set([...previous].filter((q) => q !== query)) : previous));
  }, []);
  // A card's later loading (a retry) stays inside that card: `waiting` only ever shrinks.
  return { ready: waiting.size === 0, answered, Provider: CardAnswered.Provider };
}
