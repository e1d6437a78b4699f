import { graphql } from '../../__generated__/gql.js';

// Every setting the page edits: read on opening and again from each update.
graphql(`
  fragment AdminSettingsFields on PortalSettings {
    automaticUserCreation
    automaticUserType
    welcomeLinkValidityDays
    panelWidthM
    panelHeightM
    panelPowerW
    packingFactor
    paymentIban
    paymentReference
    paymentLink
  }
`);

export const ADMIN_SETTINGS = graphql(`
  query AdminSettings {
    settings { ...AdminSettingsFields }
  }
`);

export const ADMIN_SETTINGS_UPDATE = graphql(`
  mutation AdminSettingsUpdate($input: SettingsInput!) {
    updateSettings(input: $input) { ...AdminSettingsFields }
  }
`);
