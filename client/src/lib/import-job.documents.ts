import { useQuery } from '@apollo/client/react';
import { graphql } from '../__generated__/gql.js';

/** One import job with its first errors: admins see any, a customer only their own uploads'. */
export const IMPORT_JOB_DETAIL = graphql(`
  query ImportJobDetail($id: ID!) {
    importJob(id: $id) {
      id
      kind
      fileName
      status
      validRowsOnly
      rowsRead
      rowsImported
      rowsRejected
      errorCount
      message
      firstStart
      lastStart
      startedAt
      finishedAt
      createdByEmail
      errors { line column reason value }
    }
  }
`);

/** The job, always from the server (a job just finished has no cached state worth showing). */
export function useImportJobDetail(id: string) {
  return useQuery(IMPORT_JOB_DETAIL, { variables: { id }, fetchPolicy: 'network-only' });
}
