import { useState } from 'react';
import type { UploadFieldProps } from '../../components/upload-field.js';
import { useMessages } from './admin-installations.messages.js';
import { uploadWithFields } from './admin-upload.js';
import { useUploadErrorMessage } from './use-error-messages.js';

/**
 * The PDF of a staff upload form: the chosen file, the progress, the outcome, and a form key that
 * empties the file input after a success.
 */
export function usePdfUpload() {
  const m = useMessages();
  const uploadError = useUploadErrorMessage();
  const [file, setFile] = useState<File | undefined>();
  const [fileError, setFileError] = useState<string | null>(null);
  const [percent, setPercent] = useState<number | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [formKey, setFormKey] = useState(0);

  return {
    formKey,
    busy: percent !== null,
    /** On submit, before the checks: the last outcome goes. */
    clearDone: () => setDone(null),
    /** The chosen file, or undefined with "choose a file" shown. */
    requireFile: (): File | undefined => {
      setFileError(file ? null : m('fileRequired'));
      return file;
    },
    /** Sends the file with `fields`; on success shows `doneMessage` and empties the file; the failure is thrown. */
    send: async (url: string, chosen: File, fields: Record<string, string>, doneMessage: string): Promise<void> => {
      setPercent(0);
      try {
        await uploadWithFields(url, chosen, fields, (fraction) => setPercent(Math.round(fraction * 100)));
        setDone(doneMessage);
        setFile(undefined);
        setFormKey((key) => key + 1);
      } finally {
        setPercent(null);
      }
    },
    /** A failure that is not about one of the form's fields: shown at the file. */
    showFailure: (failure: unknown) => setFileError(uploadError(failure)),
    /** The UploadField's props for a PDF. */
    fieldProps: (label: string): UploadFieldProps => ({
      label,
      hint: m('pdfHint'),
      accept: '.pdf,application/pdf',
      onFile: setFile,
      disabled: percent !== null,
      progress: percent !== null ? { percent, label: m('uploading'), text: `${percent} %` } : null,
      status: done,
      error: fileError,
      errorKind: 'field',
    }),
  };
}
