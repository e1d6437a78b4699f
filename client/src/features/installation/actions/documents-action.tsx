import { useQuery } from '@apollo/client/react';
import type { DocumentRequestStatus } from '../../../__generated__/graphql.js';
import { Badge, type Tone } from '../../../components/badge.js';
import { FileLink } from '../../../components/file-link.js';
import { QueryResult } from '../../../components/query-result.js';
import { EmptyState } from '../../../components/states.js';
import { uploadUrls } from '../../../lib/upload.js';
import { DocumentUpload } from '../document-upload.js';
import type { ActionScreenProps } from './action-screens.js';
import { INSTALLATION_DOCUMENT_REQUESTS } from './documents-action.documents.js';
import { useDocumentsMessages } from './documents-action.messages.js';

const TONE: Record<DocumentRequestStatus, Tone> = { PENDING: 'warn', UPLOADED: 'neutral', ACCEPTED: 'ok', REJECTED: 'bad' };

/** The documents the company asked for: status of each, and an upload for the pending and rejected ones. */
export default function DocumentsAction({ installationId }: ActionScreenProps) {
  const m = useDocumentsMessages();
  const query = useQuery(INSTALLATION_DOCUMENT_REQUESTS, { variables: { id: installationId }, errorPolicy: 'all' });
  const refetch = () => void query.refetch();
  return (
    <QueryResult
      result={query.data?.installation?.documentRequests}
      query={query}
      isEmpty={(requests) => requests.length === 0}
      empty={<EmptyState title={m('none')} text={m('noneText')} />}
    >
      {(requests) => (
        <>
          <p className="muted flush">
            {m('summary', { done: requests.filter((r) => r.status === 'UPLOADED' || r.status === 'ACCEPTED').length, total: requests.length })}
          </p>
          <ul className="action-list" aria-label={m('listLabel')}>
            {requests.map((request) => (
              <li key={request.id} className="card action-card">
                <div className="action-card-title">
                  <h3>{request.name}</h3>
                  <Badge tone={TONE[request.status]}>{m(`status.${request.status}`)}</Badge>
                </div>
                {request.description ? <p>{request.description}</p> : null}
                {request.status === 'REJECTED' && request.rejectionReason ? (
                  <p className="error">{m('reason', { reason: request.rejectionReason })}</p>
                ) : null}
                {request.document ? (
                  <p>
                    <FileLink
                      documentId={request.document.id}
                      fileName={request.document.fileName}
                      label={m('downloadLabel', { file: request.document.fileName, name: request.name })}
                    >
                      {m('download')}
                    </FileLink>
                  </p>
                ) : null}
                {request.status === 'PENDING' || request.status === 'REJECTED' ? (
                  <DocumentUpload
                    url={uploadUrls.documentRequest(request.id)}
                    label={m(request.status === 'REJECTED' ? 'reupload' : 'upload', { name: request.name })}
                    onUploaded={refetch}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryResult>
  );
}
