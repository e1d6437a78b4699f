import type { ReactNode } from 'react';

/** The URL of a document's bytes: the server checks the session and scope (out of scope: 404). */
export function fileUrl(documentId: string, options: { inline?: boolean } = {}): string {
  return `/files/${encodeURIComponent(documentId)}${options.inline ? '?inline=1' : ''}`;
}

/**
 * Downloads a document with the session cookie; a plain link, so it works without JavaScript state.
 * `label` names the link for screen readers where the visible text ("PDF") repeats on every row.
 */
export function FileLink({ documentId, fileName, label, children }: { documentId: string; fileName?: string; label?: string; children: ReactNode }) {
  return (
    <a className="button-link" href={fileUrl(documentId)} download={fileName ?? true} aria-label={label}>
      {children}
    </a>
  );
}

/** The download of a record's document where it may not exist yet (a PDF still being issued): `missing` stands in. */
export function OptionalFileLink({
  file,
  label,
  missing = null,
  children,
}: {
  file: { id: string; fileName: string } | null | undefined;
  label?: string;
  missing?: ReactNode;
  children: ReactNode;
}) {
  if (!file) return missing;
  return (
    <FileLink documentId={file.id} fileName={file.fileName} label={label}>
      {children}
    </FileLink>
  );
}

/** A table row's document: the link reads `text` and is named "`text` `of`" for screen readers ("PDF factura F-1"); `missing`, muted, while there is none. */
export function RowFileLink({ file, text, of, missing }: { file: { id: string; fileName: string } | null | undefined; text: string; of: string; missing: string }) {
  return (
    <OptionalFileLink file={file} label={`${text} ${of}`} missing={<span className="muted">{missing}</span>}>
      {text}
    </OptionalFileLink>
  );
}
