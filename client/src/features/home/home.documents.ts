import { graphql } from '../../__generated__/gql.js';

// Each card has its own query: a card that fails (or a section the viewer lacks) never blanks the others.

export const HOME_INVOICES = graphql(`
  query HomeInvoices {
    latest: invoices(first: 1) {
      totalCount
      nodes {
        id
        number
        periodStart
        periodEnd
        totalAmount
        dueDate
        status
      }
    }
    overdue: invoices(first: 1, filter: { status: OVERDUE }) {
      totalCount
      nodes {
        id
        number
        paymentInstructions { iban reference link }
      }
    }
  }
`);

export const HOME_CONTRACTS = graphql(`
  query HomeContracts {
    all: contracts(first: 1) { totalCount }
    active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }
  }
`);

export const HOME_CONSUMPTION = graphql(`
  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {
    supplyPoints {
      id
      cups
      thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }
      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }
    }
  }
`);

export const HOME_INSTALLATIONS = graphql(`
  query HomeInstallations {
    installations {
      id
      code
      address
      progress {
        currentState { id name { es en } }
        currentStep { id view name { es en } }
        standing
      }
    }
  }
`);
