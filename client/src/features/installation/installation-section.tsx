import { useQuery } from '@apollo/client/react';
import { Suspense } from 'react';
import { Link, useParams } from 'react-router';
import type { InstallationOverviewFragment } from '../../__generated__/graphql.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState, NotFoundState, Skeleton } from '../../components/states.js';
import { useI18n } from '../../lib/i18n.js';
import { ACTION_SCREENS } from './actions/action-screens.js';
import { INSTALLATIONS } from './installation.documents.js';
import { useInstallationMessages } from './installation.messages.js';
import { InstallationTimeline, StepList } from './installation-timeline.js';
import './installation.css';

export default function InstallationSection() {
  return <ListDetailRoutes list={<InstallationHome />} detail={<InstallationById />} />;
}

/** One installation opens directly; several are listed first. */
function InstallationHome() {
  const m = useInstallationMessages();
  const query = useQuery(INSTALLATIONS);
  return (
    <QueryResult
      result={query.data?.installations}
      query={query}
      pendingHeader={<PageHeader title={m('title')} />}
      isEmpty={(installations) => installations.length === 0}
      empty={
        <>
          <PageHeader title={m('title')} />
          <EmptyState title={m('none')} />
        </>
      }
    >
      {(installations) =>
        installations.length === 1 ? <InstallationScreen installation={installations[0]!} /> : <InstallationList installations={installations} />
      }
    </QueryResult>
  );
}

function InstallationList({ installations }: { installations: readonly InstallationOverviewFragment[] }) {
  const m = useInstallationMessages();
  const { language } = useI18n();
  return (
    <>
      <PageHeader title={m('title')} subtitle={m('choose')} />
      <ul className="cards installation-list">
        {installations.map((installation) => (
          <li key={installation.id} className="card">
            <Link to={installation.id}>{installation.address}</Link>
            <p className="muted">{m('reference', { code: installation.code })}</p>
            <p>{installation.progress.currentState.name[language]}</p>
          </li>
        ))}
      </ul>
    </>
  );
}

function InstallationById() {
  const m = useInstallationMessages();
  const { id } = useParams();
  const query = useQuery(INSTALLATIONS);
  const installations = query.data?.installations;
  return (
    <QueryResult
      result={installations && (installations.find((candidate) => candidate.id === id) ?? null)}
      query={query}
      pendingHeader={<PageHeader title={m('title')} />}
      empty={<NotFoundState title={m('notFound')} text={m('notFoundText')} back={<Link to="..">{m('backToList')}</Link>} />}
    >
      {(installation) => <InstallationScreen installation={installation} />}
    </QueryResult>
  );
}

/** The timeline, then the current substate's screen: general, or its action's screen. */
function InstallationScreen({ installation }: { installation: InstallationOverviewFragment }) {
  const m = useInstallationMessages();
  const { t, language } = useI18n();
  const step = installation.progress.currentStep;
  const Action = step.view === 'PARTICULAR' && step.action ? ACTION_SCREENS[step.action] : null;
  return (
    <>
      <PageHeader title={m('title')} subtitle={`${installation.address} · ${m('reference', { code: installation.code })}`} />
      <InstallationTimeline progress={installation.progress} />
      <section className="card installation-step" aria-labelledby="current-step">
        <h2 id="current-step">{step.name[language]}</h2>
        <p>{step.description[language]}</p>
        {Action ? (
          <Suspense fallback={<Skeleton label={t('common.loading')} />}>
            <Action installationId={installation.id} />
          </Suspense>
        ) : (
          <>
            <p className="muted">{m('generalIntro')}</p>
            <StepList steps={installation.progress.steps} />
          </>
        )}
      </section>
    </>
  );
}
