import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { ADMIN_FLOW_LIST } from './admin-flows.documents.js';
import { useMessages } from './admin-flows.messages.js';

/** Every installation flow (few rows: configuration, not paginated), each linking to its editor. */
export function FlowList() {
  const m = useMessages();
  const query = useQuery(ADMIN_FLOW_LIST);
  return (
    <>
      <PageHeader title={m('list.title')} subtitle={m('list.subtitle')} />
      <QueryResult
        result={query.data?.flows}
        query={query}
        isEmpty={(flows) => flows.length === 0}
        empty={<EmptyState title={m('list.empty')} text={m('list.emptyText')} />}
      >
        {(flows) => (
          <DataTable
            caption={m('list.caption')}
            hiddenCaption
            scrollLabel={m('list.caption')}
            columns={[
              m('list.name'),
              { label: m('list.states'), numeric: true },
              { label: m('list.substates'), numeric: true },
              m('list.restart'),
            ]}
          >
            {flows.map((flow) => (
              <tr key={flow.id}>
                <td>
                  <Link to={flow.id}>{flow.name}</Link>
                </td>
                <td className="number">{flow.states.length}</td>
                <td className="number">{flow.states.reduce((sum, state) => sum + state.substates.length, 0)}</td>
                <td>{flow.restartAllowed ? m('yes') : m('no')}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryResult>
    </>
  );
}
