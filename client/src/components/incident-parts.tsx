import type { IncidentStatus } from '../__generated__/graphql.js';
import { useId, type ReactNode } from 'react';
import { useFormat } from '../lib/format.js';
import { useI18n } from '../lib/i18n.js';
import { Badge, type Tone } from './badge.js';
import { FileLink } from './file-link.js';
import { FieldError } from './form-messages.js';

const STATUS_TONE: Record<IncidentStatus, Tone> = { OPEN: 'warn', IN_PROGRESS: 'neutral', RESOLVED: 'ok', CLOSED: 'neutral' };

/** An incident's status as a badge; `label` is the status in the screen's words. */
export function IncidentStatusBadge({ status, label }: { status: IncidentStatus; label: string }) {
  return <Badge tone={STATUS_TONE[status]}>{label}</Badge>;
}

export type ThreadReply = {
  id: string;
  fromStaff: boolean;
  authorName?: string | null;
  body: string;
  createdAt: string;
  attachments?: readonly { id: string; fileName: string }[];
};

type ReplyThreadProps = {
  replies: readonly ThreadReply[];
  className: string;
  metaClassName?: string;
  /** Who wrote a reply, in bold ("Empresa", "Tú"…). */
  who: (reply: ThreadReply) => string;
  /** The author's name shown after `who`, if any. */
  nameOf: (reply: ThreadReply) => string | null | undefined;
};

/** An incident's replies, oldest first: who, when and what (staff replies marked with data-staff). */
export function ReplyThread({ replies, className, metaClassName, who, nameOf }: ReplyThreadProps) {
  const f = useFormat();
  const { t } = useI18n();
  return (
    <ol className={className}>
      {replies.map((reply) => {
        const name = nameOf(reply);
        return (
          <li key={reply.id} data-staff={reply.fromStaff}>
            <p className={metaClassName ? `${metaClassName} muted` : 'muted'}>
              <strong>{who(reply)}</strong>
              {name ? ` · ${name}` : ''} · <time dateTime={reply.createdAt}>{f.dateTime(reply.createdAt)}</time>
            </p>
            <p className="reply-body">{reply.body}</p>
            {reply.attachments && reply.attachments.length > 0 ? (
              <ul className="reply-files" aria-label={t('incident.replyFiles')}>
                {reply.attachments.map((file) => (
                  <li key={file.id}>
                    <FileLink documentId={file.id} fileName={file.fileName} label={t('incident.download', { name: file.fileName })}>
                      {file.fileName}
                    </FileLink>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

type IncidentRepliesProps = ReplyThreadProps & {
  /** The section's heading id. */
  headingId: string;
  title: string;
  /** Shown in place of the thread while nobody has replied. */
  emptyText: string;
};

/** An incident's replies as a titled section, or why there are none yet. */
export function IncidentReplies({ headingId, title, emptyText, ...thread }: IncidentRepliesProps) {
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {thread.replies.length === 0 ? <p className="muted">{emptyText}</p> : <ReplyThread {...thread} />}
    </section>
  );
}

type IncidentFactsProps = {
  incident: { createdAt: string; installationCode?: string | null; description: string; attachment?: { id: string; fileName: string } | null };
  typeName: string;
  statusBadge: ReactNode;
  descriptionClassName: string;
  /** Rows before the type (e.g. staff see the account and who reported it). */
  leading?: ReactNode;
  /** Rows after the creation date. */
  afterCreated?: ReactNode;
};

/** An incident's data as a description list: type, status, dates, installation, text and attachment. */
export function IncidentFacts({ incident, typeName, statusBadge, descriptionClassName, leading, afterCreated }: IncidentFactsProps) {
  const f = useFormat();
  const { t } = useI18n();
  return (
    <dl className="details">
      {leading}
      <dt>{t('incident.type')}</dt>
      <dd>{typeName}</dd>
      <dt>{t('incident.status')}</dt>
      <dd>{statusBadge}</dd>
      <dt>{t('incident.created')}</dt>
      <dd>{f.dateTime(incident.createdAt)}</dd>
      {afterCreated}
      {incident.installationCode ? (
        <>
          <dt>{t('incident.installation')}</dt>
          <dd>{incident.installationCode}</dd>
        </>
      ) : null}
      <dt>{t('incident.description')}</dt>
      <dd>
        <p className={descriptionClassName}>{incident.description}</p>
      </dd>
      <dt>{t('incident.attachment')}</dt>
      <dd>
        {incident.attachment ? (
          <FileLink documentId={incident.attachment.id} fileName={incident.attachment.fileName} label={t('incident.download', { name: incident.attachment.fileName })}>
            {incident.attachment.fileName}
          </FileLink>
        ) : (
          t('incident.noAttachment')
        )}
      </dd>
    </dl>
  );
}

type ReplyBodyFieldProps = { label: string; value: string; onChange: (value: string) => void; error: string | null; hint?: string; maxLength?: number };

/** A reply's text in the conversation (staff's or the customer's): label, textarea, optional hint, the error next to it. */
export function ReplyBodyField({ label, value, onChange, error, hint, maxLength }: ReplyBodyFieldProps) {
  const id = useId();
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        maxLength={maxLength}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="muted">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
