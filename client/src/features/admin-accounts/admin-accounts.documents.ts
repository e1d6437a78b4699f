import { graphql } from '../../__generated__/gql.js';

// A contract's prices: the account detail shows them and setting them answers them, so the cache updates the detail.
graphql(`
  fragment AdminContractPrices on Contract {
    compensationPrice
    energyPrices { period price }
  }
`);

export const ADMIN_ACCOUNT_LIST = graphql(`
  query AdminAccountsList($search: String, $first: Int!, $after: String) {
    adminCustomerAccounts(search: $search, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes {
        id
        name
        fiscalId
        fiscalIdKind
        billingEmail
        supplyPointCount
        contractCount
        draftContractCount
        installationCount
      }
    }
  }
`);

export const ADMIN_ACCOUNT_DETAIL = graphql(`
  query AdminAccountsDetail($id: ID!) {
    adminCustomerAccount(id: $id) {
      id
      name
      fiscalId
      fiscalIdKind
      billingEmail
      phone
      address
      createdAt
      supplyPoints { id cups address accessTariff distributor }
      contracts {
        id
        code
        status
        productName
        accessTariff
        startDate
        endDate
        activatedAt
        ...AdminContractPrices
        supplyPoint { id cups }
      }
      portalUsers { id email name status userTypes }
      installations { id code address createdAt }
    }
  }
`);

export const ADMIN_ACCOUNTS_ACTIVATE = graphql(`
  mutation AdminAccountsActivate($id: ID!, $replaceOverlapping: Boolean) {
    activateContract(id: $id, replaceOverlapping: $replaceOverlapping) {
      outcome
      userId
      userEmail
      contract { id status activatedAt }
    }
  }
`);

export const ADMIN_ACCOUNTS_SET_PRICES = graphql(`
  mutation AdminAccountsSetPrices($id: ID!, $input: ContractPricesInput!) {
    setContractPrices(id: $id, input: $input) { id ...AdminContractPrices }
  }
`);

export const ADMIN_ACCOUNTS_REGISTER = graphql(`
  mutation AdminAccountsRegister($input: RegisterSolarClientInput!) {
    registerSolarClient(input: $input) {
      userId
      userEmail
      userCreated
      account { id name }
      installation { id code address }
    }
  }
`);
