import { graphql } from '../../__generated__/gql.js';

// What the list shows of an invoice; the detail asks for the same and more.
graphql(`
  fragment InvoiceSummary on Invoice {
    id
    number
    periodStart
    periodEnd
    issueDate
    dueDate
    energyKwh
    totalAmount
    status
    supplyPoint { id cups }
    document { id fileName }
  }
`);

export const INVOICES_LIST = graphql(`
  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {
    invoices(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...InvoiceSummary }
    }
  }
`);

export const INVOICE_DETAIL = graphql(`
  query InvoiceDetail($number: String!) {
    invoice(number: $number) {
      ...InvoiceSummary
      taxBase
      taxAmount
      lines { description quantity unit unitPrice amount }
      supplyPoint { id address }
      contract { id code }
      paymentInstructions { iban reference link }
    }
  }
`);
