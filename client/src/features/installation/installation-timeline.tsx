import type { InstallationOverviewFragment } from '../../__generated__/graphql.js';
import { useI18n } from '../../lib/i18n.js';
import { useInstallationMessages } from './installation.messages.js';

type Progress = InstallationOverviewFragment['progress'];
type PortalState = NonNullable<Progress['previousState']>;

/** Previous, current and next state with their portal descriptions (seed 004: "Estados"). */
export function InstallationTimeline({ progress }: { progress: Progress }) {
  const m = useInstallationMessages();
  const columns: { label: string; state: PortalState | null | undefined; current?: boolean }[] = [
    { label: m('previous'), state: progress.previousState },
    { label: m('current'), state: progress.currentState, current: true },
    { label: m('next'), state: progress.nextState },
  ];
  return (
    <section aria-label={m('timeline')}>
      <ol className="timeline">
        {columns.map(({ label, state, current }) => (
          <TimelineState key={label} label={label} state={state ?? null} current={Boolean(current)} />
        ))}
      </ol>
    </section>
  );
}

function TimelineState({ label, state, current }: { label: string; state: PortalState | null; current: boolean }) {
  const { language } = useI18n();
  return (
    <li className="timeline-state" data-current={current} aria-current={current ? 'step' : undefined}>
      <span className="timeline-label">{label}</span>
      {state ? (
        <>
          <strong>{state.name[language]}</strong>
          <span className="muted">{state.description[language]}</span>
        </>
      ) : (
        <span className="muted">—</span>
      )}
    </li>
  );
}

/** Past and upcoming substates (the general screen: nothing for the customer to do now). */
export function StepList({ steps }: { steps: Progress['steps'] }) {
  const m = useInstallationMessages();
  const { language } = useI18n();
  const statusLabel = { DONE: m('done'), CURRENT: m('inProgress'), UPCOMING: m('upcoming') } as const;
  return (
    <ol className="step-list" aria-label={m('steps')}>
      {steps.map((step) => (
        <li key={step.id} data-status={step.status} aria-current={step.status === 'CURRENT' ? 'step' : undefined}>
          <span className="step-name">{step.name[language]}</span>
          <span className="step-status">{statusLabel[step.status]}</span>
        </li>
      ))}
    </ol>
  );
}
