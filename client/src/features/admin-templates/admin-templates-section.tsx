import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { DataTable } from '../../components/data-table.js';
import { ListDetailRoutes } from '../../components/list-detail-routes.js';
import { PageHeader } from '../../components/page-header.js';
import { QueryResult } from '../../components/query-result.js';
import { EmptyState } from '../../components/states.js';
import { useFormat } from '../../lib/format.js';
import { ADMIN_TEMPLATES_LIST } from './admin-templates.documents.js';
import { useMessages } from './admin-templates.messages.js';
import { TemplateEditor } from './template-editor.js';
import './admin-templates.css';

/** /admin/templates: the list, `new`, and one template by key. */
export default function AdminTemplatesSection() {
  return (
    <ListDetailRoutes
      list={<TemplateList />}
      pages={{ new: <TemplateEditor templateKey={null} /> }}
      param="key"
      detail={<EditExisting />}
    />
  );
}

function EditExisting() {
  const { key = '' } = useParams();
  return <TemplateEditor key={key} templateKey={key} />;
}

function TemplateList() {
  const m = useMessages();
  const f = useFormat();
  const query = useQuery(ADMIN_TEMPLATES_LIST, { fetchPolicy: 'cache-and-network' });
  return (
    <>
      <PageHeader
        title={m('title')}
        subtitle={m('subtitle')}
        actions={
          <Link className="button-link" to="new">
            {m('new')}
          </Link>
        }
      />
      <QueryResult
        result={query.data?.emailTemplates}
        query={query}
        isEmpty={(templates) => templates.length === 0}
        empty={<EmptyState title={m('list.empty')} text={m('list.emptyText')} />}
      >
        {(templates) => (
          <DataTable caption={m('list.caption')} columns={[m('list.key'), m('list.kind'), m('list.languages'), m('list.usedBy'), m('list.updated')]}>
            {templates.map((template) => (
              <tr key={template.key}>
                <th scope="row">
                  <Link to={encodeURIComponent(template.key)}>{template.key}</Link>
                </th>
                <td>{template.builtIn ? m('kind.builtIn') : m('kind.custom')}</td>
                <td>{template.languages.map((language) => m(`language.${language}`)).join(', ')}</td>
                <td>
                  {template.usedBy.length === 0
                    ? m('list.nobody')
                    : template.usedBy.map((use) => m(`use.${use.kind === 'PORTAL_EVENT' ? 'PORTAL_EVENT' : 'AUTOMATIC_ACTION'}`, { name: use.name })).join('; ')}
                </td>
                <td>{f.dateTime(String(template.updatedAt))}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </QueryResult>
    </>
  );
}
