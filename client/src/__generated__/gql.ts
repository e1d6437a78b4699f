/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n": typeof types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n": typeof types.SetPasswordDocument,
    "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint {\n      id\n      cups\n      address\n    }\n  }\n": typeof types.ContractSummaryFragmentDoc,
    "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...ContractSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.ContractsListDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower {\n        period\n        kW\n      }\n      supplyPoint {\n        id\n        distributor\n      }\n      account {\n        id\n        name\n        fiscalId\n      }\n    }\n  }\n": typeof types.ContractDetailDocument,
    "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      points {\n        ...DeviationsPoint\n      }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals {\n          ...DeviationsPoint\n        }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n": typeof types.DeviationsSeriesDocument,
    "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint {\n          id\n          cups\n        }\n      }\n    }\n  }\n": typeof types.DocumentsPageDocument,
    "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      total\n      points {\n        start\n        kWh\n      }\n    }\n  }\n": typeof types.ForecastSeriesDocument,
    "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n    }\n  }\n": typeof types.HomeInvoicesDocument,
    "\n  query HomeContracts {\n    all: contracts(first: 1) {\n      totalCount\n    }\n    active: contracts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n": typeof types.HomeContractsDocument,
    "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) {\n        total\n      }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) {\n        total\n      }\n    }\n  }\n": typeof types.HomeConsumptionDocument,
    "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n      }\n    }\n  }\n": typeof types.HomeInstallationsDocument,
    "\n  query IncidentsList {\n    incidents {\n      id\n      status\n      description\n      createdAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n    }\n  }\n": typeof types.IncidentsListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      description\n      createdAt\n      updatedAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n      attachment {\n        id\n        fileName\n        sizeBytes\n      }\n      replies {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentFormOptions {\n    incidentTypes {\n      id\n      name {\n        es\n        en\n      }\n    }\n    installations {\n      id\n      code\n      address\n    }\n  }\n": typeof types.IncidentFormOptionsDocument,
    "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) {\n      id\n    }\n  }\n": typeof types.IncidentCreateDocument,
    "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        document { id fileName }\n      }\n    }\n  }\n": typeof types.InstallationDocumentRequestsDocument,
    "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n": typeof types.RoofDrawingDetailFragmentDoc,
    "\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n": typeof types.InstallationRoofDrawingDocument,
    "\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n": typeof types.SaveRoofDrawingDocument,
    "\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n": typeof types.InstallationFailureDocument,
    "\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": typeof types.InstallationOffersDocument,
    "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      acceptedAt\n      acceptedByName\n    }\n  }\n": typeof types.InstallationAcceptOfferDocument,
    "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments {\n        id\n        title\n        signedAt\n        document { id fileName }\n        signedCopy { id fileName }\n      }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": typeof types.InstallationSigningDocument,
    "\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n": typeof types.InstallationVisitDocument,
    "\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n": typeof types.InstallationMarkVisitViewedDocument,
    "\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n": typeof types.InstallationOverviewFragmentDoc,
    "\n  query InstallationList {\n    installations {\n      ...InstallationOverview\n    }\n  }\n": typeof types.InstallationListDocument,
    "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) {\n      ...InstallationOverview\n    }\n  }\n": typeof types.RestartInstallationDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint {\n      id\n      cups\n    }\n    document {\n      id\n      fileName\n    }\n  }\n": typeof types.InvoiceSummaryFragmentDoc,
    "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...InvoiceSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": typeof types.InvoicesListDocument,
    "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines {\n        description\n        quantity\n        unit\n        unitPrice\n        amount\n      }\n      supplyPoint {\n        id\n        address\n      }\n      contract {\n        id\n        code\n      }\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      accessTariff\n      from\n      to\n      granularity\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod {\n        period\n        kWh\n      }\n      points {\n        start\n        kWh\n        estimated\n        intervals\n      }\n    }\n  }\n": typeof types.MeasurementsSeriesDocument,
    "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n": typeof types.PriceDaySummaryFragmentDoc,
    "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points {\n        start\n        intervalMinutes\n        priceEs\n        pricePt\n      }\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n": typeof types.PricesDayDocument,
    "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n": typeof types.PricesDailyDocument,
    "\n  query ProfilePersonalData {\n    myPersonalData {\n      name\n      phone\n      address\n      email\n    }\n  }\n": typeof types.ProfilePersonalDataDocument,
    "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      name\n      phone\n      address\n      email\n    }\n  }\n": typeof types.ProfileUpdatePersonalDataDocument,
    "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": typeof types.ProfileRequestEmailChangeDocument,
    "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      name\n      phone\n      address\n      email\n    }\n  }\n": typeof types.ProfileConfirmEmailChangeDocument,
    "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n": typeof types.ProfileUpdateNameDocument,
    "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": typeof types.ProfileChangePasswordDocument,
    "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint {\n        id\n        cups\n        address\n      }\n      document {\n        id\n        fileName\n      }\n    }\n  }\n": typeof types.SettlementsListDocument,
    "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n": typeof types.SupplyPointsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) {\n      id\n      language\n    }\n  }\n": typeof types.UpdateMyLanguageDocument,
};
const documents: Documents = {
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n": types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n": types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n": types.SetPasswordDocument,
    "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint {\n      id\n      cups\n      address\n    }\n  }\n": types.ContractSummaryFragmentDoc,
    "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...ContractSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.ContractsListDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower {\n        period\n        kW\n      }\n      supplyPoint {\n        id\n        distributor\n      }\n      account {\n        id\n        name\n        fiscalId\n      }\n    }\n  }\n": types.ContractDetailDocument,
    "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      points {\n        ...DeviationsPoint\n      }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals {\n          ...DeviationsPoint\n        }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n": types.DeviationsSeriesDocument,
    "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint {\n          id\n          cups\n        }\n      }\n    }\n  }\n": types.DocumentsPageDocument,
    "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      total\n      points {\n        start\n        kWh\n      }\n    }\n  }\n": types.ForecastSeriesDocument,
    "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n    }\n  }\n": types.HomeInvoicesDocument,
    "\n  query HomeContracts {\n    all: contracts(first: 1) {\n      totalCount\n    }\n    active: contracts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n": types.HomeContractsDocument,
    "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) {\n        total\n      }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) {\n        total\n      }\n    }\n  }\n": types.HomeConsumptionDocument,
    "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n      }\n    }\n  }\n": types.HomeInstallationsDocument,
    "\n  query IncidentsList {\n    incidents {\n      id\n      status\n      description\n      createdAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n    }\n  }\n": types.IncidentsListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      description\n      createdAt\n      updatedAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n      attachment {\n        id\n        fileName\n        sizeBytes\n      }\n      replies {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentFormOptions {\n    incidentTypes {\n      id\n      name {\n        es\n        en\n      }\n    }\n    installations {\n      id\n      code\n      address\n    }\n  }\n": types.IncidentFormOptionsDocument,
    "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) {\n      id\n    }\n  }\n": types.IncidentCreateDocument,
    "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        document { id fileName }\n      }\n    }\n  }\n": types.InstallationDocumentRequestsDocument,
    "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n": types.RoofDrawingDetailFragmentDoc,
    "\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n": types.InstallationRoofDrawingDocument,
    "\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n": types.SaveRoofDrawingDocument,
    "\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n": types.InstallationFailureDocument,
    "\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": types.InstallationOffersDocument,
    "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      acceptedAt\n      acceptedByName\n    }\n  }\n": types.InstallationAcceptOfferDocument,
    "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments {\n        id\n        title\n        signedAt\n        document { id fileName }\n        signedCopy { id fileName }\n      }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": types.InstallationSigningDocument,
    "\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n": types.InstallationVisitDocument,
    "\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n": types.InstallationMarkVisitViewedDocument,
    "\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n": types.InstallationOverviewFragmentDoc,
    "\n  query InstallationList {\n    installations {\n      ...InstallationOverview\n    }\n  }\n": types.InstallationListDocument,
    "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) {\n      ...InstallationOverview\n    }\n  }\n": types.RestartInstallationDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint {\n      id\n      cups\n    }\n    document {\n      id\n      fileName\n    }\n  }\n": types.InvoiceSummaryFragmentDoc,
    "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...InvoiceSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n": types.InvoicesListDocument,
    "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines {\n        description\n        quantity\n        unit\n        unitPrice\n        amount\n      }\n      supplyPoint {\n        id\n        address\n      }\n      contract {\n        id\n        code\n      }\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      accessTariff\n      from\n      to\n      granularity\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod {\n        period\n        kWh\n      }\n      points {\n        start\n        kWh\n        estimated\n        intervals\n      }\n    }\n  }\n": types.MeasurementsSeriesDocument,
    "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n": types.PriceDaySummaryFragmentDoc,
    "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points {\n        start\n        intervalMinutes\n        priceEs\n        pricePt\n      }\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n": types.PricesDayDocument,
    "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n": types.PricesDailyDocument,
    "\n  query ProfilePersonalData {\n    myPersonalData {\n      name\n      phone\n      address\n      email\n    }\n  }\n": types.ProfilePersonalDataDocument,
    "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      name\n      phone\n      address\n      email\n    }\n  }\n": types.ProfileUpdatePersonalDataDocument,
    "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": types.ProfileRequestEmailChangeDocument,
    "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      name\n      phone\n      address\n      email\n    }\n  }\n": types.ProfileConfirmEmailChangeDocument,
    "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n": types.ProfileUpdateNameDocument,
    "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": types.ProfileChangePasswordDocument,
    "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint {\n        id\n        cups\n        address\n      }\n      document {\n        id\n        fileName\n      }\n    }\n  }\n": types.SettlementsListDocument,
    "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n": types.SupplyPointsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) {\n      id\n      language\n    }\n  }\n": types.UpdateMyLanguageDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) {\n      retryAfterSeconds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint {\n      id\n      cups\n      address\n    }\n  }\n"): (typeof documents)["\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint {\n      id\n      cups\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...ContractSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...ContractSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower {\n        period\n        kW\n      }\n      supplyPoint {\n        id\n        distributor\n      }\n      account {\n        id\n        name\n        fiscalId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower {\n        period\n        kW\n      }\n      supplyPoint {\n        id\n        distributor\n      }\n      account {\n        id\n        name\n        fiscalId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      points {\n        ...DeviationsPoint\n      }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals {\n          ...DeviationsPoint\n        }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n"): (typeof documents)["\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      points {\n        ...DeviationsPoint\n      }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals {\n          ...DeviationsPoint\n        }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint {\n          id\n          cups\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint {\n          id\n          cups\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      total\n      points {\n        start\n        kWh\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      from\n      to\n      granularity\n      total\n      points {\n        start\n        kWh\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeContracts {\n    all: contracts(first: 1) {\n      totalCount\n    }\n    active: contracts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query HomeContracts {\n    all: contracts(first: 1) {\n      totalCount\n    }\n    active: contracts(first: 1, filter: { status: ACTIVE }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) {\n        total\n      }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) {\n        total\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) {\n        total\n      }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) {\n        total\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsList {\n    incidents {\n      id\n      status\n      description\n      createdAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentsList {\n    incidents {\n      id\n      status\n      description\n      createdAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      description\n      createdAt\n      updatedAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n      attachment {\n        id\n        fileName\n        sizeBytes\n      }\n      replies {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      id\n      status\n      description\n      createdAt\n      updatedAt\n      installationCode\n      type {\n        id\n        name {\n          es\n          en\n        }\n      }\n      attachment {\n        id\n        fileName\n        sizeBytes\n      }\n      replies {\n        id\n        body\n        fromStaff\n        authorName\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentFormOptions {\n    incidentTypes {\n      id\n      name {\n        es\n        en\n      }\n    }\n    installations {\n      id\n      code\n      address\n    }\n  }\n"): (typeof documents)["\n  query IncidentFormOptions {\n    incidentTypes {\n      id\n      name {\n        es\n        en\n      }\n    }\n    installations {\n      id\n      code\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        document { id fileName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        document { id fileName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n"): (typeof documents)["\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n"): (typeof documents)["\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n"): (typeof documents)["\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      acceptedAt\n      acceptedByName\n    }\n  }\n"): (typeof documents)["\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) {\n      id\n      status\n      acceptedAt\n      acceptedByName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments {\n        id\n        title\n        signedAt\n        document { id fileName }\n        signedCopy { id fileName }\n      }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments {\n        id\n        title\n        signedAt\n        document { id fileName }\n        signedCopy { id fileName }\n      }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n"): (typeof documents)["\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n"): (typeof documents)["\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n"): (typeof documents)["\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationList {\n    installations {\n      ...InstallationOverview\n    }\n  }\n"): (typeof documents)["\n  query InstallationList {\n    installations {\n      ...InstallationOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) {\n      ...InstallationOverview\n    }\n  }\n"): (typeof documents)["\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) {\n      ...InstallationOverview\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint {\n      id\n      cups\n    }\n    document {\n      id\n      fileName\n    }\n  }\n"): (typeof documents)["\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint {\n      id\n      cups\n    }\n    document {\n      id\n      fileName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...InvoiceSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      nodes {\n        ...InvoiceSummary\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines {\n        description\n        quantity\n        unit\n        unitPrice\n        amount\n      }\n      supplyPoint {\n        id\n        address\n      }\n      contract {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines {\n        description\n        quantity\n        unit\n        unitPrice\n        amount\n      }\n      supplyPoint {\n        id\n        address\n      }\n      contract {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      accessTariff\n      from\n      to\n      granularity\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod {\n        period\n        kWh\n      }\n      points {\n        start\n        kWh\n        estimated\n        intervals\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups\n      accessTariff\n      from\n      to\n      granularity\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod {\n        period\n        kWh\n      }\n      points {\n        start\n        kWh\n        estimated\n        intervals\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n"): (typeof documents)["\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points {\n        start\n        intervalMinutes\n        priceEs\n        pricePt\n      }\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points {\n        start\n        intervalMinutes\n        priceEs\n        pricePt\n      }\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n"): (typeof documents)["\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days {\n        ...PriceDaySummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePersonalData {\n    myPersonalData {\n      name\n      phone\n      address\n      email\n    }\n  }\n"): (typeof documents)["\n  query ProfilePersonalData {\n    myPersonalData {\n      name\n      phone\n      address\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      name\n      phone\n      address\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) {\n      name\n      phone\n      address\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"): (typeof documents)["\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      name\n      phone\n      address\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      name\n      phone\n      address\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"): (typeof documents)["\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint {\n        id\n        cups\n        address\n      }\n      document {\n        id\n        fileName\n      }\n    }\n  }\n"): (typeof documents)["\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint {\n        id\n        cups\n        address\n      }\n      document {\n        id\n        fileName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n"): (typeof documents)["\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) {\n      id\n      language\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) {\n      id\n      language\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;