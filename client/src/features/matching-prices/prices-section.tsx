import { addDays, madridDateOf, isCalendarDate } from '@portal/shared';
import { useId, useMemo } from 'react';
import { PageHeader } from '../../components/page-header.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { DayPrices } from './day-prices.js';
import { RANGE_DAYS, RangePrices } from './range-prices.js';
import { useMessages } from './prices.messages.js';
import './prices.css';

/** Day-ahead prices of one local day (?date=, default today in Madrid), or daily averages of the 30 days up to it (?view=30d). */
export default function PricesSection() {
  const m = useMessages();
  const today = useMemo(() => madridDateOf(new Date()), []);
  const [dateParam, setDate] = useSearchParam('date');
  const [viewParam, setView] = useSearchParam('view');
  const date = dateParam && isCalendarDate(dateParam) ? dateParam : today;
  const dayView = viewParam !== '30d';
  const step = dayView ? 1 : RANGE_DAYS;
  const viewId = useId();

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <div className="filters" role="group" aria-label={m('controls')}>
        <div className="field">
          <label htmlFor={viewId}>{m('view')}</label>
          <select id={viewId} value={dayView ? 'day' : '30d'} onChange={(event) => setView(event.target.value === '30d' ? '30d' : null)}>
            <option value="day">{m('viewDay')}</option>
            <option value="30d">{m('viewRange')}</option>
          </select>
        </div>
        <button type="button" className="secondary" onClick={() => setDate(addDays(date, -step))}>
          {dayView ? m('previousDay') : m('previousRange')}
        </button>
        <label className="field">
          {dayView ? m('day') : m('lastDay')}
          <input
            type="date"
            value={date}
            required
            onChange={(event) => {
              if (isCalendarDate(event.target.value)) setDate(event.target.value);
            }}
          />
        </label>
        <button type="button" className="secondary" onClick={() => setDate(addDays(date, step))}>
          {dayView ? m('nextDay') : m('nextRange')}
        </button>
        <button type="button" className="secondary" disabled={date === today} onClick={() => setDate(null)}>
          {m('today')}
        </button>
      </div>
      {dayView ? <DayPrices date={date} today={today} /> : <RangePrices to={date} />}
    </>
  );
}
