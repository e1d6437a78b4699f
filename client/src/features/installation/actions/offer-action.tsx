import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import type { InstallationOffersQuery, OfferStatus } from '../../../__generated__/graphql.js';
import { Badge, type Tone } from '../../../components/badge.js';
import { FileLink } from '../../../components/file-link.js';
import { QueryResult } from '../../../components/query-result.js';
import { EmptyState } from '../../../components/states.js';
import { errorMessageKey } from '../../../lib/errors.js';
import { useFormat } from '../../../lib/format.js';
import { useI18n } from '../../../lib/i18n.js';
import type { ActionScreenProps } from './action-screens.js';
import { ConfirmStep } from './confirm-step.js';
import { ACCEPT_OFFER, INSTALLATION_OFFERS } from './offer.documents.js';
import { useOfferMessages } from './offer.messages.js';

type OfferRow = NonNullable<InstallationOffersQuery['installation']>['offers'][number];

const STATUS_TONE: Record<OfferStatus, Tone> = { SHARED: 'warn', ACCEPTED: 'ok', WITHDRAWN: 'neutral' };
const OWN_ERRORS = ['OFFER_NOT_ACCEPTABLE', 'NOT_FOUND'] as const;

/** The shared offers: download each PDF, accept one after confirming. */
export default function OfferAction({ installationId }: ActionScreenProps) {
  const m = useOfferMessages();
  const { t } = useI18n();
  const query = useQuery(INSTALLATION_OFFERS, { variables: { id: installationId } });
  const [accept, { loading: accepting }] = useMutation(ACCEPT_OFFER);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const acceptButtons = useRef(new Map<string, HTMLButtonElement>());
  const outcomeRef = useRef<HTMLDivElement>(null);

  const showOutcome = (next: { kind: 'ok' | 'error'; text: string }) => {
    setOutcome(next);
    // After the confirmation closes, the focus goes to what happened.
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };

  const onConfirm = async (offer: OfferRow) => {
    try {
      await accept({ variables: { id: offer.id } });
      setConfirming(null);
      showOutcome({ kind: 'ok', text: m('acceptedNotice', { title: offer.title }) });
    } catch (error) {
      setConfirming(null);
      const code = CombinedGraphQLErrors.is(error) ? String(error.errors[0]?.extensions?.code ?? '') : '';
      const own = OWN_ERRORS.find((candidate) => candidate === code);
      showOutcome({ kind: 'error', text: own ? m(`error.${own}`) : t(errorMessageKey(error)) });
    }
    // Accepting one withdraws the others: the whole list changes.
    await query.refetch().catch(() => undefined);
  };

  const onCancel = (offerId: string) => {
    setConfirming(null);
    // The button comes back on the next render.
    requestAnimationFrame(() => acceptButtons.current.get(offerId)?.focus());
  };

  return (
    <section aria-labelledby="offers-heading" className="action-stack">
      <h3 id="offers-heading">{m('heading')}</h3>
      <div ref={outcomeRef} tabIndex={-1} aria-live="polite">
        {outcome ? <p className={outcome.kind === 'error' ? 'error-state' : 'empty-state'}>{outcome.text}</p> : null}
      </div>
      <QueryResult
        result={query.data?.installation?.offers}
        query={query}
        isEmpty={(offers) => offers.length === 0}
        empty={<EmptyState title={m('none')} text={m('noneText')} />}
      >
        {(offers) => {
          const accepted = offers.some((offer) => offer.status === 'ACCEPTED');
          return (
            <>
              {accepted ? null : <p>{m('intro')}</p>}
              <ul className="cards offer-cards">
                {offers.map((offer) => (
                  <li key={offer.id} className="card offer-card" data-status={offer.status}>
                    <OfferCard offer={offer} />
                    <div className="offer-card-actions">
                      {offer.document ? (
                        <FileLink documentId={offer.document.id} fileName={offer.document.fileName} label={m('downloadPdfOf', { title: offer.title })}>
                          {m('downloadPdf')}
                        </FileLink>
                      ) : (
                        <span className="muted">{m('noPdf')}</span>
                      )}
                      {offer.status === 'SHARED' && !accepted && confirming !== offer.id ? (
                        <button
                          type="button"
                          ref={(element) => {
                            if (element) acceptButtons.current.set(offer.id, element);
                            else acceptButtons.current.delete(offer.id);
                          }}
                          aria-label={offers.length > 1 ? m('acceptOf', { title: offer.title }) : undefined}
                          onClick={() => {
                            setOutcome(null);
                            setConfirming(offer.id);
                          }}
                        >
                          {m('accept')}
                        </button>
                      ) : null}
                    </div>
                    {confirming === offer.id ? <ConfirmAccept offer={offer} busy={accepting} onConfirm={() => void onConfirm(offer)} onCancel={() => onCancel(offer.id)} /> : null}
                  </li>
                ))}
              </ul>
            </>
          );
        }}
      </QueryResult>
    </section>
  );
}

function OfferCard({ offer }: { offer: OfferRow }) {
  const m = useOfferMessages();
  const f = useFormat();
  return (
    <>
      <div className="offer-card-title">
        <h4>{offer.title}</h4>
        <Badge tone={STATUS_TONE[offer.status]}>{m(`status.${offer.status}`)}</Badge>
      </div>
      <dl className="details">
        <dt>{m('amount')}</dt>
        <dd>{f.money(offer.amount)}</dd>
        <dt>{m('power')}</dt>
        <dd>{m('kwp', { value: f.number(offer.peakPowerKwp, 2) })}</dd>
        <dt>{m('panels')}</dt>
        <dd>{f.number(offer.panelCount)}</dd>
        <dt>{m('shared')}</dt>
        <dd>{f.dateTime(offer.sharedAt)}</dd>
      </dl>
      {offer.status === 'ACCEPTED' && offer.acceptedAt ? (
        <p>
          {offer.acceptedByName
            ? m('acceptedBy', { name: offer.acceptedByName, date: f.dateTime(offer.acceptedAt) })
            : m('acceptedOn', { date: f.dateTime(offer.acceptedAt) })}
        </p>
      ) : null}
      {offer.status === 'WITHDRAWN' ? <p className="muted">{m('withdrawnNote')}</p> : null}
    </>
  );
}

function ConfirmAccept({ offer, busy, onConfirm, onCancel }: { offer: OfferRow; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const m = useOfferMessages();
  const f = useFormat();
  return (
    <ConfirmStep
      title={m('confirmTitle', { title: offer.title })}
      text={m('confirmText', { amount: f.money(offer.amount) })}
      confirmLabel={m('confirm')}
      cancelLabel={m('cancel')}
      busyLabel={m('accepting')}
      busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
