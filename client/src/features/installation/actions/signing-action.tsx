import { useQuery } from '@apollo/client/react';
import type { InstallationSigningQuery } from '../../../__generated__/graphql.js';
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

type Installation = NonNullable<InstallationSigningQuery['installation']>;
type Offer = Installation['offers'][number];

/**
 * Contract signing: how to sign, said once (download, sign, upload the signed copy), then each
 * document with its state. The offer was accepted with a click; it reads "accepted and signed"
 * only once every document to sign has its signed copy.
 */
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
      {(documents) => {
        const unsigned = documents.filter((signing) => !signing.signedAt).length;
        return (
          <>
            {unsigned > 0 ? (
              <div>
                <p className="flush">{m(unsigned === 1 ? 'howToOne' : 'howToMany', { count: unsigned })}</p>
                <ol className="signing-steps">
                  <li>{m('stepDownload')}</li>
                  <li>{m('stepSign')}</li>
                  <li>{m('stepUpload')}</li>
                </ol>
              </div>
            ) : documents.length > 0 ? (
              <p className="flush">{m('allSigned')}</p>
            ) : null}
            <ul className="action-list" aria-label={m('listLabel')}>
              {acceptedOffer ? <AcceptedOffer offer={acceptedOffer} documents={documents} /> : null}
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
        );
      }}
    </QueryResult>
  );
}

/** The offer accepted with a click: signed once every document to sign is signed, and says which it is. */
function AcceptedOffer({ offer, documents }: { offer: Offer; documents: Installation['signingDocuments'] }) {
  const m = useSigningMessages();
  const f = useFormat();
  const signedDates = documents.map((signing) => signing.signedAt);
  const signedAt = signedDates.length > 0 && signedDates.every(Boolean) ? signedDates.reduce((a, b) => (a! > b! ? a : b)) : null;
  const accepted = offer.acceptedAt ? f.dateTime(offer.acceptedAt) : null;
  return (
    <li className="card action-card" data-signed={signedAt ? 'true' : 'false'}>
      <div className="action-card-title">
        <h3>
          {m('offerHeading')}: {offer.title}
        </h3>
        {signedAt ? <Badge tone="ok">{m('offerSigned', { date: f.dateTime(signedAt) })}</Badge> : <Badge tone="warn">{m('offerUnsigned')}</Badge>}
      </div>
      <p>
        {accepted ? (offer.acceptedByName ? m('offerAcceptedBy', { date: accepted, name: offer.acceptedByName }) : m('offerAcceptedOn', { date: accepted })) : null}{' '}
        {signedAt ? null : m(documents.length > 0 ? 'offerSignBelow' : 'offerContractSoon')}
      </p>
      {offer.document ? (
        <p>
          <FileLink documentId={offer.document.id} fileName={offer.document.fileName} label={m('offerDownloadLabel', { title: offer.title })}>
            {m('offerDownload')}
          </FileLink>
        </p>
      ) : null}
    </li>
  );
}
