import { graphql } from '../../__generated__/gql.js';

export const INSTALLATION_FIELDS = graphql(`
  fragment InstallationOverview on Installation {
    id
    code
    address
    failureReason
    restartAllowed
    progress {
      previousState { id name { es en } description { es en } }
      currentState { id name { es en } description { es en } }
      nextState { id name { es en } description { es en } }
      currentStep { id view action name { es en } description { es en } }
      steps { id stateId status action name { es en } description { es en } }
    }
    history { at kind from { es en } to { es en } }
  }
`);

export const INSTALLATIONS = graphql(`
  query InstallationList {
    installations { ...InstallationOverview }
  }
`);

export const RESTART_INSTALLATION = graphql(`
  mutation RestartInstallation($id: ID!) {
    restartInstallation(id: $id) { ...InstallationOverview }
  }
`);
