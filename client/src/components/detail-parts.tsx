import type { ReactNode } from 'react';
import { OptionalFileLink } from './file-link.js';
import { PageHeader } from './page-header.js';

/** A card titled by its h2, with a record's facts as a description list. */
export function DetailsCard({ id, title, children, after }: { id: string; title: string; children: ReactNode; after?: ReactNode }) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <dl className="details">{children}</dl>
      {after}
    </section>
  );
}

type DocumentHeaderProps = {
  title: string;
  subtitle?: ReactNode;
  /** The record's PDF; no link while there is none. */
  file: { id: string; fileName: string } | null | undefined;
  downloadLabel: string;
  back: ReactNode;
};

/** The h1 of a record that comes with a PDF (invoice, settlement): the download and the way back beside it. */
export function DocumentHeader({ title, subtitle, file, downloadLabel, back }: DocumentHeaderProps) {
  return (
    <PageHeader
      title={title}
      subtitle={subtitle}
      actions={
        <>
          <OptionalFileLink file={file}>{downloadLabel}</OptionalFileLink>
          {back}
        </>
      }
    />
  );
}
