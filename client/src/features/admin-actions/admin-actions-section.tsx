import { useId, useRef, type KeyboardEvent } from 'react';
import { PageHeader } from '../../components/page-header.js';
import { useSearchParam } from '../../lib/use-search-param.js';
import { useMessages } from './admin-actions.messages.js';
import { AutomaticActionsTab } from './automatic-actions-tab.js';
import { PortalEventsTab } from './portal-events-tab.js';
import './admin-actions.css';

const TABS = ['automatic', 'portal'] as const;
type Tab = (typeof TABS)[number];

/** /admin/actions: automatic actions and the customer portal's event actions, as two tabs (?tab=portal). */
export default function AdminActionsSection() {
  const m = useMessages();
  const [param, setParam] = useSearchParam('tab');
  const tab: Tab = param === 'portal' ? 'portal' : 'automatic';
  const baseId = useId();
  const refs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  function select(next: Tab) {
    setParam(next === 'automatic' ? null : next);
    refs.current[next]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = TABS.indexOf(tab);
    if (event.key === 'ArrowRight') select(TABS[(index + 1) % TABS.length]!);
    else if (event.key === 'ArrowLeft') select(TABS[(index + TABS.length - 1) % TABS.length]!);
    else return;
    event.preventDefault();
  }

  return (
    <>
      <PageHeader title={m('title')} subtitle={m('subtitle')} />
      <div className="action-tabs" role="tablist" aria-label={m('tabs')} onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            ref={(element) => {
              refs.current[name] = element;
            }}
            type="button"
            role="tab"
            id={`${baseId}-${name}-tab`}
            aria-selected={tab === name}
            aria-controls={`${baseId}-${name}-panel`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => select(name)}
          >
            {m(`tab.${name}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${baseId}-${tab}-panel`} aria-labelledby={`${baseId}-${tab}-tab`} className="action-panel">
        {tab === 'automatic' ? <AutomaticActionsTab /> : <PortalEventsTab />}
      </div>
    </>
  );
}
