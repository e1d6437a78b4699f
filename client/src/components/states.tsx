import type { ReactNode } from 'react';
import { PageHeader } from './page-header.js';

/** Grey bars where content will be, announced once to screen readers. */
export function Skeleton({ label, lines = 4 }: { label: string; lines?: number }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, index) => (
        <div key={index} className="skeleton-line" aria-hidden="true" />
      ))}
    </div>
  );
}

/** Nothing to show, and why (the reason is the message: "no measurements for this CUPS in this period"). */
export function EmptyState({ title, text, children }: { title: string; text?: string; children?: ReactNode }) {
  return (
    <div className="empty-state" role="status">
      <p className="empty-title">{title}</p>
      {text ? <p>{text}</p> : null}
      {children}
    </div>
  );
}

export function ErrorState({ message, retryLabel, onRetry }: { message: string; retryLabel: string; onRetry?: () => void }) {
  return (
    <div className="error-state" role="alert">
      <p>{message}</p>
      {onRetry ? (
        <button type="button" onClick={onRetry}>
          {retryLabel}
        </button>
      ) : null}
    </div>
  );
}

/** A detail page whose record does not exist or is out of scope (the API answers the same for both). */
export function NotFoundState({ title, text, back }: { title: string; text: string; back: ReactNode }) {
  return (
    <>
      <PageHeader title={title} />
      <EmptyState title={text}>{back}</EmptyState>
    </>
  );
}
