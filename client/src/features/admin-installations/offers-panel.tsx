import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { Tone } from '../../components/badge.js';
import { FileLink } from '../../components/file-link.js';
import { ErrorAlert } from '../../components/form-messages.js';
import { TitledSection } from '../../components/titled-section.js';
import { UploadField } from '../../components/upload-field.js';
import { errorMessageKey } from '../../lib/errors.js';
import { useFormat } from '../../lib/format.js';
import { useI18n } from '../../lib/i18n.js';
import { ADMIN_WITHDRAW_OFFER } from './admin-installations.documents.js';
import { useMessages } from './admin-installations.messages.js';
import { adminUploadUrls, badInputOf } from './admin-upload.js';
import { TextField } from '../../components/text-field.js';
import type { AdminInstallation } from './installation-detail.js';
import { CardTitle, RecordCards } from './record-cards.js';
import { useFieldMessage } from './use-error-messages.js';
import { usePdfUpload } from './use-pdf-upload.js';
import { asyncHandler } from '../../lib/async-handler.js';

type Offer = AdminInstallation['offers'][number];
const STATUS_TONE: Record<Offer['status'], Tone> = { SHARED: 'warn', ACCEPTED: 'ok', WITHDRAWN: 'neutral' };
const FIELDS = ['title', 'titleEn', 'amount', 'peakPowerKwp', 'panelCount'] as const;
type OfferField = (typeof FIELDS)[number];
const REQUIRED: readonly OfferField[] = ['title', 'amount', 'peakPowerKwp', 'panelCount'];

/** The offers shared so far (withdraw a shared one) and the form that shares a new one (its PDF and figures). */
export function OffersPanel({ installation, onChanged }: { installation: AdminInstallation; onChanged: () => void }) {
  const m = useMessages();
  return (
    <TitledSection title={m('offersTitle')}>
      <RecordCards records={installation.offers} empty={m('offersEmpty')}>
        {(offer) => <OfferCard key={offer.id} offer={offer} onChanged={onChanged} />}
      </RecordCards>
      <ShareOfferForm installationId={installation.id} onShared={onChanged} />
    </TitledSection>
  );
}

function OfferCard({ offer, onChanged }: { offer: Offer; onChanged: () => void }) {
  const m = useMessages();
  const f = useFormat();
  const { t } = useI18n();
  const [withdraw, state] = useMutation(ADMIN_WITHDRAW_OFFER);
  const [error, setError] = useState<string | null>(null);
  const statusLabel = { SHARED: m('offerShared'), ACCEPTED: m('offerAccepted'), WITHDRAWN: m('offerWithdrawn') };
  return (
    <li className="card admin-card">
      <CardTitle title={offer.title} tone={STATUS_TONE[offer.status]} status={statusLabel[offer.status]} />
      {offer.titleTranslations.en ? <p className="muted">{m('offerTitleInEnglish', { title: offer.titleTranslations.en })}</p> : null}
      <p>
        {f.money(offer.amount)} · {f.number(offer.peakPowerKwp, 2)} kWp · {m('panels', { n: offer.panelCount })}
      </p>
      <p className="muted">
        {m('sharedOn', { date: f.dateTime(offer.sharedAt) })}
        {offer.acceptedAt ? ` · ${m('acceptedOn', { date: f.dateTime(offer.acceptedAt) })}` : ''}
      </p>
      <div className="admin-actions">
        {offer.document ? (
          <FileLink documentId={offer.document.id} fileName={offer.document.fileName}>
            {m('openFile', { file: offer.document.fileName })}
          </FileLink>
        ) : null}
        {offer.status === 'SHARED' ? (
          <button
            type="button"
            className="secondary"
            disabled={state.loading}
            onClick={asyncHandler(async () => {
              try {
                await withdraw({ variables: { id: offer.id } });
                setError(null);
                onChanged();
              } catch (failure) {
                setError(t(errorMessageKey(failure)));
              }
            })}
          >
            {m('withdraw')}
          </button>
        ) : null}
      </div>
      <ErrorAlert message={error} />
    </li>
  );
}

function ShareOfferForm({ installationId, onShared }: { installationId: string; onShared: () => void }) {
  const m = useMessages();
  const fieldMessage = useFieldMessage();
  const upload = usePdfUpload();
  const empty: Record<OfferField, string> = { title: '', titleEn: '', amount: '', peakPowerKwp: '', panelCount: '' };
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<OfferField, string>>>({});
  const field = (name: OfferField) => ({ value: values[name], error: errors[name] ?? null, onChange: (value: string) => setValues({ ...values, [name]: value }) });

  return (
    <form
      key={upload.formKey}
      className="admin-form"
      aria-label={m('shareOfferTitle')}
      onSubmit={asyncHandler(async (event) => {
        event.preventDefault();
        upload.clearDone();
        const missing: Partial<Record<OfferField, string>> = {};
        for (const name of REQUIRED) if (!values[name].trim()) missing[name] = m('required');
        setErrors(missing);
        const file = upload.requireFile();
        if (Object.keys(missing).length > 0 || !file) return;
        try {
          const fields = {
            title: values.title.trim(),
            titleEn: values.titleEn.trim(),
            amount: values.amount.trim().replace(/\./g, '').replace(',', '.'),
            peakPowerKwp: values.peakPowerKwp.trim().replace(',', '.'),
            panelCount: values.panelCount.trim(),
          };
          // "6.890,50" (Spanish) and "6890.50" both mean the same amount.
          if (!values.amount.includes(',')) fields.amount = values.amount.trim();
          await upload.send(adminUploadUrls.offer(installationId), file, fields, m('offerSharedDone', { title: fields.title }));
          setValues(empty);
          onShared();
        } catch (failure) {
          const bad = badInputOf(failure);
          if (bad && (FIELDS as readonly string[]).includes(bad.field)) setErrors({ [bad.field]: fieldMessage(bad.reason) });
          else upload.showFailure(failure);
        }
      })}
    >
      <h3>{m('shareOfferTitle')}</h3>
      <div className="admin-form-grid">
        <TextField label={m('offerTitle')} maxLength={200} {...field('title')} />
        <TextField label={m('offerTitleEn')} hint={m('englishHint')} maxLength={200} {...field('titleEn')} />
        <TextField label={m('offerAmount')} inputMode="decimal" {...field('amount')} />
        <TextField label={m('offerKwp')} inputMode="decimal" {...field('peakPowerKwp')} />
        <TextField label={m('offerPanels')} inputMode="numeric" {...field('panelCount')} />
      </div>
      <UploadField {...upload.fieldProps(m('offerPdf'))} />
      <button type="submit" disabled={upload.busy}>
        {m('shareOffer')}
      </button>
    </form>
  );
}
