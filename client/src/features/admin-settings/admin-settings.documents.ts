import { graphql } from '../../__generated__/gql.js';

export const ADMIN_SETTINGS = graphql(`
  query AdminSettings {
    settings {
      automaticUserCreation
      automaticUserType
      welcomeLinkValidityDays
      panelWidthM
      panelHeightM
      panelPowerW
      packingFactor
    }
  }
`);

export const ADMIN_SETTINGS_UPDATE = graphql(`
  mutation AdminSettingsUpdate($input: SettingsInput!) {
    updateSettings(input: $input) {
      automaticUserCreation
      automaticUserType
      welcomeLinkValidityDays
      panelWidthM
      panelHeightM
      panelPowerW
      packingFactor
    }
  }
`);
