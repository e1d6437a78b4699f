import { graphql } from '../../__generated__/gql.js';

export const SETTLEMENTS_LIST = graphql(`
  query SettlementsList($cups: String) {
    generationSettlements(cups: $cups) {
      id
      month
      exportedKwh
      marketRevenue
      charges
      netAmount
      status
      supplyPoint { id cups address }
      document { id fileName }
    }
  }
`);
