import { useState } from 'react';
import type { ImportKind } from '../../__generated__/graphql.js';
import { ImportForm, ImportJobReport } from '../../components/import-parts.js';
import { TitledSection } from '../../components/titled-section.js';
import { useImportJobDetail } from '../../lib/import-job.documents.js';
import { CUSTOMER_IMPORT_MAX_BYTES } from '../../lib/import-upload.js';
import { useMessages } from './measurements.messages.js';

// The format is detected from the header; the kind only settles one that fits both CNMC and Datadis.
const CURVE_KINDS: readonly ImportKind[] = ['DATADIS'];

/** The customer's own curve file for their CUPS: the admin import's form and report; the series refreshes once rows are in. */
export function MeasurementsUpload({ onImported }: { onImported: () => void }) {
  const m = useMessages();
  const [jobId, setJobId] = useState<string | null>(null);
  return (
    <>
      <ImportForm
        kinds={CURVE_KINDS}
        title={m('upload.title')}
        fileHint={m('upload.hint')}
        maxBytes={CUSTOMER_IMPORT_MAX_BYTES}
        onImported={(id, imported) => {
          setJobId(id);
          if (imported) onImported();
        }}
      />
      {jobId ? (
        <TitledSection title={m('upload.resultTitle')}>
          <UploadResult id={jobId} />
        </TitledSection>
      ) : null}
    </>
  );
}

function UploadResult({ id }: { id: string }) {
  return <ImportJobReport query={useImportJobDetail(id)} maxBytes={CUSTOMER_IMPORT_MAX_BYTES} />;
}
