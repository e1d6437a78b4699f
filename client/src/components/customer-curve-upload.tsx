import { useId, useState } from 'react';
import type { ImportKind } from '../__generated__/graphql.js';
import { useImportJobDetail } from '../lib/import-job.documents.js';
import { CUSTOMER_IMPORT_MAX_BYTES } from '../lib/import-upload.js';
import { useCurveUploadMessages } from './customer-curve-upload.messages.js';
import { ImportForm, ImportJobReport } from './import-parts.js';

// The format is detected from the header; the kind only settles one that fits both CNMC and Datadis.
const CURVE_KINDS: readonly ImportKind[] = ['DATADIS'];

/**
 * The customer's own curve file for their CUPS, in Medidas and in the solar estimate of the roof
 * step: the import form with its progress bar, then the job's report with its line and column
 * errors. `onImported` runs once rows are in, so the screen reads its figures again. Unlike most
 * components it reads its job itself (as ImportForm sends its file itself): two features use it
 * whole, and features cannot share it any other way.
 */
export function CustomerCurveUpload({ onImported, headingLevel = 2 }: { onImported: () => void; headingLevel?: 2 | 3 }) {
  const m = useCurveUploadMessages();
  const [jobId, setJobId] = useState<string | null>(null);
  const resultHeadingId = useId();
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <>
      <ImportForm
        kinds={CURVE_KINDS}
        title={m('title')}
        headingLevel={headingLevel}
        fileHint={m('hint')}
        maxBytes={CUSTOMER_IMPORT_MAX_BYTES}
        onImported={(id, imported) => {
          setJobId(id);
          if (imported) onImported();
        }}
      />
      {jobId ? (
        <section aria-labelledby={resultHeadingId}>
          <Heading id={resultHeadingId}>{m('resultTitle')}</Heading>
          <UploadResult id={jobId} />
        </section>
      ) : null}
    </>
  );
}

function UploadResult({ id }: { id: string }) {
  return <ImportJobReport query={useImportJobDetail(id)} maxBytes={CUSTOMER_IMPORT_MAX_BYTES} />;
}
