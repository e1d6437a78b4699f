import { graphql } from '../../__generated__/gql.js';

// What the list shows of a contract; the detail asks for the same and more.
graphql(`
  fragment ContractSummary on Contract {
    id
    code
    accessTariff
    productName
    status
    startDate
    endDate
    supplyPoint { id cups address }
  }
`);

export const CONTRACTS_LIST = graphql(`
  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {
    contracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { ...ContractSummary }
    }
  }
`);

export const CONTRACT_DETAIL = graphql(`
  query ContractDetail($id: ID!) {
    contract(id: $id) {
      ...ContractSummary
      activatedAt
      contractedPower { period kW }
      supplyPoint { id distributor }
      account { id name fiscalId }
    }
  }
`);
