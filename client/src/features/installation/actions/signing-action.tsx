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
          {documents.length > 0 ? <p className="flush">{m('intro')}</p> : null}
          <ul className="action-list" aria-label={m('listLabel')}>
            {acceptedOffer ? (
              <li className="card action-card">
                <div className="action-card-title">
                  <h3>
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
                  <p>
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
              <li key={signing.id} className="card action-card">
                <div className="action-card-title">
                  <h3>{signing.title}</h3>
                  {signing.signedAt ? (
                    <Badge tone="ok">{m('signed', { date: f.dateTime(signing.signedAt) })}</Badge>
                  ) : (
                    <Badge tone="warn">{m('pending')}</Badge>
                  )}
                </div>
                <p className="action-links">
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
