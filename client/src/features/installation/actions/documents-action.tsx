import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { DocumentFileStatus, DocumentRequestStatus, InstallationDocumentRequestsQuery } from '../../../__generated__/graphql.js';
import { Badge, type Tone } from '../../../components/badge.js';
import { FileLink } from '../../../components/file-link.js';
import { QueryResult } from '../../../components/query-result.js';
import { EmptyState } from '../../../components/states.js';
import { asyncHandler } from '../../../lib/async-handler.js';
import { deleteUpload, translatedCode, UPLOAD_MAX_MB, uploadErrorCode, uploadUrls } from '../../../lib/upload.js';
import { DocumentUpload } from '../document-upload.js';
import { useUploadMessages } from '../upload.messages.js';
import type { ActionScreenProps } from './action-screens.js';
import { INSTALLATION_DOCUMENT_REQUESTS } from './documents-action.documents.js';
import { useDocumentsMessages } from './documents-action.messages.js';

type Request = NonNullable<InstallationDocumentRequestsQuery['installation']>['documentRequests'][number];
type RequestFile = Request['files'][number];

const TONE: Record<DocumentRequestStatus, Tone> = { PENDING: 'warn', UPLOADED: 'neutral', ACCEPTED: 'ok', REJECTED: 'bad' };
const FILE_TONE: Record<DocumentFileStatus, Tone> = { UPLOADED: 'neutral', ACCEPTED: 'ok', REJECTED: 'bad' };
const REMOVE_ERRORS = ['NOT_UPLOADABLE', 'NOT_FOUND', 'UNAUTHENTICATED', 'NETWORK', 'UPLOAD_FAILED'] as const;

/**
 * The documents the company asked for: status of each and its files; files go in (several where
 * the request takes several) and can be replaced or removed until staff accept them.
 */
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
              <RequestCard key={request.id} request={request} onChanged={refetch} />
            ))}
          </ul>
        </>
      )}
    </QueryResult>
  );
}

function RequestCard({ request, onChanged }: { request: Request; onChanged: () => void }) {
  const m = useDocumentsMessages();
  const open = request.status !== 'ACCEPTED';
  const room = request.maxFiles - request.files.length;
  const several = request.maxFiles > 1;
  return (
    <li className="card action-card">
      <div className="action-card-title">
        <h3>{request.name}</h3>
        <Badge tone={TONE[request.status]}>{m(`status.${request.status}`)}</Badge>
      </div>
      {request.description ? <p>{request.description}</p> : null}
      {several ? (
        <p className="muted">
          {request.minFiles === request.maxFiles
            ? m('filesExactly', { count: request.maxFiles, sent: request.files.length })
            : m('filesRange', { min: request.minFiles, max: request.maxFiles, sent: request.files.length })}
        </p>
      ) : null}
      {request.status === 'REJECTED' && request.rejectionReason ? <p className="error">{m('reason', { reason: request.rejectionReason })}</p> : null}
      {request.files.length > 0 ? (
        <ul className="request-files" aria-label={m('filesLabel', { name: request.name })}>
          {request.files.map((file) => (
            <FileItem key={file.id} request={request} file={file} editable={open && file.status !== 'ACCEPTED'} onChanged={onChanged} />
          ))}
        </ul>
      ) : null}
      {open && room > 0 ? (
        <DocumentUpload
          url={uploadUrls.documentRequest(request.id)}
          label={m(request.files.length > 0 ? 'addMore' : several ? 'uploadSeveral' : 'upload', { name: request.name })}
          room={room}
          onUploaded={onChanged}
        />
      ) : null}
      {request.status === 'ACCEPTED' ? <p className="muted">{m('locked')}</p> : null}
    </li>
  );
}

/** One sent file: download it; until staff accept it, replace it with another or remove it. */
function FileItem({ request, file, editable, onChanged }: { request: Request; file: RequestFile; editable: boolean; onChanged: () => void }) {
  const m = useDocumentsMessages();
  const u = useUploadMessages();
  const [replacing, setReplacing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const fileName = file.document.fileName;

  const remove = asyncHandler(async () => {
    setRemoving(true);
    setError(null);
    try {
      await deleteUpload(uploadUrls.documentRequestFile(file.id));
      onChanged();
    } catch (failure) {
      setError(m('removeFailed', { file: fileName, error: u(`error.${translatedCode(uploadErrorCode(failure), REMOVE_ERRORS, 'UPLOAD_FAILED')}`, { mb: UPLOAD_MAX_MB }) }));
      setRemoving(false);
    }
  });

  return (
    <li>
      <div className="request-file-head">
        <FileLink documentId={file.document.id} fileName={fileName} label={m('downloadLabel', { file: fileName, name: request.name })}>
          {fileName}
        </FileLink>
        <Badge tone={FILE_TONE[file.status]}>{m(`fileStatus.${file.status}`)}</Badge>
        {editable ? (
          <>
            <button type="button" className="secondary" aria-expanded={replacing} aria-label={m('replaceOf', { file: fileName })} onClick={() => setReplacing(!replacing)}>
              {m('replace')}
            </button>
            <button type="button" className="link" disabled={removing} aria-label={m('removeOf', { file: fileName })} onClick={remove}>
              {m('remove')}
            </button>
          </>
        ) : null}
      </div>
      {editable && replacing ? (
        <DocumentUpload
          url={uploadUrls.documentRequestFile(file.id)}
          label={m('replaceLabel', { file: fileName })}
          onUploaded={() => {
            setReplacing(false);
            onChanged();
          }}
        />
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  );
}
