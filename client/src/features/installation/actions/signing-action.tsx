import { useQuery } from '@apollo/client/react';
import { Badge } from '../../../components/badge.js';
import { FileLink } from '../../../components/file-link.js';
import { QueryResult } from '../../../components/query-result.js';
import { EmptyState } from '../../../components/states.js';
import { useFormat } from '../../../lib/format.js';
import { uploadUrls } from '../../../lib/upload.js';
import { DocumentUpload } from '../document-upload.js';
import type { ActionScreenProps } from './action-screens.js';
import { INSTALLATION_SIGNING } from './signing-action.documents.js';
import { useSigningMessages } from './signing-action.messages.js';

const LIST_STYLE = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '0.75rem' } as const;
const ITEM_STYLE = { display: 'grid', gap: '0.5rem' } as const;
const TITLE_ROW = { display: 'flex', gap: '0.75rem', alignItems: 'baseline', flexWrap: 'wrap' } as const;

/** Contract signing: download each document, upload its signed copy; the accepted offer counts as signed. */
export default function SigningAction({ installationId }: ActionScreenProps) {
  const m = useSigningMessages();
  const f = useFormat();
  const query = useQuery(INSTALLATION_SIGNING, { variables: { id: installationId }, errorPolicy: 'all' });
  const refetch = () => void query.refetch();
  const installation = query.data?.installation;
  const acceptedOffer = installation?.offers?.find((offer) => offer.status === 'ACCEPTED') ?? null;
  return (
    <QueryResult
      result={installation?.signingDocuments}
      query={query}
      isEmpty={(documents) => documents.length === 0 && !acceptedOffer}
      empty={<EmptyState title={m('none')} text={m('noneText')} />}
    >
      {(documents) => (
        <>
          {documents.length > 0 ? <p style={{ margin: 0 }}>{m('intro')}</p> : null}
          <ul style={LIST_STYLE} aria-label={m('listLabel')}>
            {acceptedOffer ? (
              <li className="card" style={ITEM_STYLE}>
                <div style={TITLE_ROW}>
                  <h3 style={{ margin: 0 }}>
                    {m('offerHeading')}: {acceptedOffer.title}
                  </h3>
                  <Badge tone="ok">
                    {acceptedOffer.acceptedAt
                      ? acceptedOffer.acceptedByName
                        ? m('offerSignedBy', { date: f.dateTime(acceptedOffer.acceptedAt), name: acceptedOffer.acceptedByName })
                        : m('offerSigned', { date: f.dateTime(acceptedOffer.acceptedAt) })
                      : m('offerSignedNoDate')}
                  </Badge>
                </div>
                {acceptedOffer.document ? (
                  <p style={{ margin: 0 }}>
                    <FileLink
                      documentId={acceptedOffer.document.id}
                      fileName={acceptedOffer.document.fileName}
                      label={m('offerDownloadLabel', { title: acceptedOffer.title })}
                    >
                      {m('offerDownload')}
                    </FileLink>
                  </p>
                ) : null}
              </li>
            ) : null}
            {documents.map((signing) => (
              <li key={signing.id} className="card" style={ITEM_STYLE}>
                <div style={TITLE_ROW}>
                  <h3 style={{ margin: 0 }}>{signing.title}</h3>
                  {signing.signedAt ? (
                    <Badge tone="ok">{m('signed', { date: f.dateTime(signing.signedAt) })}</Badge>
                  ) : (
                    <Badge tone="warn">{m('pending')}</Badge>
                  )}
                </div>
                <p style={{ margin: 0, display: 'flex', gap: '1rem', flexWrap: 'wrap' }}>
                  <FileLink documentId={signing.document.id} fileName={signing.document.fileName} label={m('downloadLabel', { title: signing.title })}>
                    {m('download')}
                  </FileLink>
                  {signing.signedCopy ? (
                    <FileLink
                      documentId={signing.signedCopy.id}
                      fileName={signing.signedCopy.fileName}
                      label={m('signedCopyLabel', { title: signing.title })}
                    >
                      {m('signedCopy')}
                    </FileLink>
                  ) : null}
                </p>
                <DocumentUpload
                  url={uploadUrls.signingDocument(signing.id)}
                  label={m(signing.signedAt ? 'reupload' : 'upload', { title: signing.title })}
                  onUploaded={refetch}
                />
              </li>
            ))}
          </ul>
        </>
      )}
    </QueryResult>
  );
}
