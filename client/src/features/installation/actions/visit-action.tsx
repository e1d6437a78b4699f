import { useMutation, useQuery } from '@apollo/client/react';
import { LOCAL_TIME_ZONE } from '@portal/shared';
import { useEffect, useMemo, useRef } from 'react';
import { QueryResult } from '../../../components/query-result.js';
import { EmptyState } from '../../../components/states.js';
import { useFormat } from '../../../lib/format.js';
import type { ActionScreenProps } from './action-screens.js';
import { INSTALLATION_VISIT, MARK_VISIT_VIEWED, visitCalendarUrl } from './visit.documents.js';
import { useVisitMessages } from './visit.messages.js';

/** The installer's visit: when, who, how to reach them, and an .ics for the customer's calendar. */
export default function VisitAction({ installationId }: ActionScreenProps) {
  const m = useVisitMessages();
  const f = useFormat();
  const query = useQuery(INSTALLATION_VISIT, { variables: { id: installationId } });
  const [markViewed] = useMutation(MARK_VISIT_VIEWED);
  const visit = query.data?.installation?.installerVisit;
  const marked = useRef<string | null>(null);

  // The first time the customer sees the visit, the company learns it (once per visit and mount).
  useEffect(() => {
    if (!visit || visit.viewedAt || marked.current === visit.id) return;
    marked.current = visit.id;
    markViewed({ variables: { installationId } }).catch(() => undefined);
  }, [visit, installationId, markViewed]);

  const longDay = useMemo(
    () => new Intl.DateTimeFormat(f.locale, { timeZone: LOCAL_TIME_ZONE, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }),
    [f.locale],
  );

  return (
    <section aria-labelledby="visit-heading" className="action-stack">
      <h3 id="visit-heading">{m('heading')}</h3>
      <QueryResult
        result={query.data ? (query.data.installation?.installerVisit ?? null) : undefined}
        query={query}
        empty={<EmptyState title={m('none')} text={m('noneText')} />}
      >
        {(current) => {
          const isPast = new Date(current.endsAt).getTime() < Date.now();
          return (
            <div className="card action-stack">
              {isPast ? <p className="muted flush">{m('past')}</p> : null}
              <dl className="details">
                <dt>{m('when')}</dt>
                <dd>
                  <time dateTime={current.startsAt}>{longDay.format(new Date(current.startsAt))}</time>
                </dd>
                <dt>{m('window')}</dt>
                <dd>{m('windowValue', { from: f.time(current.startsAt), to: f.time(current.endsAt) })}</dd>
                <dt>{m('installer')}</dt>
                <dd>{current.installerName}</dd>
                <dt>{m('company')}</dt>
                <dd>{current.company}</dd>
                <dt>{m('phone')}</dt>
                <dd>
                  <a href={`tel:${current.phone.replace(/[^\d+]/g, '')}`} aria-label={m('callInstaller', { name: current.installerName, phone: current.phone })}>
                    {current.phone}
                  </a>
                </dd>
                <dt>{m('email')}</dt>
                <dd>
                  <a href={`mailto:${current.email}`} aria-label={m('writeInstaller', { name: current.installerName, email: current.email })}>
                    {current.email}
                  </a>
                </dd>
                {current.notes ? (
                  <>
                    <dt>{m('notes')}</dt>
                    <dd className="pre-line">{current.notes}</dd>
                  </>
                ) : null}
              </dl>
              {isPast ? null : (
                <div>
                  <a className="button-link" href={visitCalendarUrl(installationId)} download={`visita-${query.data?.installation?.code ?? 'instalacion'}.ics`}>
                    {m('addToCalendar')}
                  </a>
                  <p className="muted calendar-hint">{m('addToCalendarHint')}</p>
                </div>
              )}
            </div>
          );
        }}
      </QueryResult>
    </section>
  );
}
