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
    "\n  query ActingBannerViewer {\n    viewer {\n      id\n      name\n      readOnly\n      actingAdmin {\n        name\n        email\n      }\n    }\n  }\n": typeof types.ActingBannerViewerDocument,
    "\n  mutation ActingBannerStop {\n    stopActingAs {\n      id\n    }\n  }\n": typeof types.ActingBannerStopDocument,
    "\n  fragment AdminContractPrices on Contract {\n    compensationPrice\n    energyPrices { period price }\n  }\n": typeof types.AdminContractPricesFragmentDoc,
    "\n  query AdminAccountsList($search: String, $first: Int!, $after: String) {\n    adminCustomerAccounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        fiscalId\n        fiscalIdKind\n        billingEmail\n        supplyPointCount\n        contractCount\n        draftContractCount\n        installationCount\n      }\n    }\n  }\n": typeof types.AdminAccountsListDocument,
    "\n  query AdminAccountsDetail($id: ID!) {\n    adminCustomerAccount(id: $id) {\n      id\n      name\n      fiscalId\n      fiscalIdKind\n      billingEmail\n      phone\n      address\n      createdAt\n      supplyPoints { id cups address accessTariff distributor }\n      contracts {\n        id\n        code\n        status\n        productName\n        accessTariff\n        startDate\n        endDate\n        activatedAt\n        ...AdminContractPrices\n        supplyPoint { id cups }\n      }\n      portalUsers { id email name status userTypes }\n      installations { id code address createdAt }\n    }\n  }\n": typeof types.AdminAccountsDetailDocument,
    "\n  mutation AdminAccountsActivate($id: ID!, $replaceOverlapping: Boolean) {\n    activateContract(id: $id, replaceOverlapping: $replaceOverlapping) {\n      outcome\n      userId\n      userEmail\n      contract { id status activatedAt }\n    }\n  }\n": typeof types.AdminAccountsActivateDocument,
    "\n  mutation AdminAccountsSetPrices($id: ID!, $input: ContractPricesInput!) {\n    setContractPrices(id: $id, input: $input) { id ...AdminContractPrices }\n  }\n": typeof types.AdminAccountsSetPricesDocument,
    "\n  mutation AdminAccountsRegister($input: RegisterSolarClientInput!) {\n    registerSolarClient(input: $input) {\n      userId\n      userEmail\n      userCreated\n      account { id name }\n      installation { id code address }\n    }\n  }\n": typeof types.AdminAccountsRegisterDocument,
    "\n  fragment AdminAutomaticActionFields on AutomaticAction {\n    id\n    trigger\n    templateKey\n    enabled\n    substate { id internalName }\n  }\n": typeof types.AdminAutomaticActionFieldsFragmentDoc,
    "\n  fragment AdminPortalEventActionFields on PortalEventActionView {\n    event\n    templateKey\n    enabled\n    variables\n    requiredVariables\n  }\n": typeof types.AdminPortalEventActionFieldsFragmentDoc,
    "\n  query AdminAutomaticActions {\n    automaticActions { ...AdminAutomaticActionFields }\n    automaticTriggers { trigger variables }\n    emailTemplates { key }\n  }\n": typeof types.AdminAutomaticActionsDocument,
    "\n  query AdminActionsFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        substates { id internalName }\n      }\n    }\n  }\n": typeof types.AdminActionsFlowsDocument,
    "\n  query AdminPortalEventActions {\n    portalEventActions { ...AdminPortalEventActionFields }\n    emailTemplates { key }\n  }\n": typeof types.AdminPortalEventActionsDocument,
    "\n  mutation AdminCreateAutomaticAction($input: AutomaticActionInput!) {\n    createAutomaticAction(input: $input) { id }\n  }\n": typeof types.AdminCreateAutomaticActionDocument,
    "\n  mutation AdminUpdateAutomaticAction($id: ID!, $input: AutomaticActionInput!) {\n    updateAutomaticAction(id: $id, input: $input) { ...AdminAutomaticActionFields }\n  }\n": typeof types.AdminUpdateAutomaticActionDocument,
    "\n  mutation AdminEnableAutomaticAction($id: ID!, $enabled: Boolean!) {\n    setAutomaticActionEnabled(id: $id, enabled: $enabled) { id enabled }\n  }\n": typeof types.AdminEnableAutomaticActionDocument,
    "\n  mutation AdminDeleteAutomaticAction($id: ID!) {\n    deleteAutomaticAction(id: $id)\n  }\n": typeof types.AdminDeleteAutomaticActionDocument,
    "\n  mutation AdminUpdatePortalEventAction($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {\n    updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { ...AdminPortalEventActionFields }\n  }\n": typeof types.AdminUpdatePortalEventActionDocument,
    "\n  query AdminFlowList {\n    flows {\n      id\n      name\n      restartAllowed\n      states {\n        id\n        substates { id }\n      }\n    }\n  }\n": typeof types.AdminFlowListDocument,
    "\n  fragment AdminFlowSubstateFields on FlowSubstate {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    view\n    action\n    installationCount\n  }\n": typeof types.AdminFlowSubstateFieldsFragmentDoc,
    "\n  fragment AdminFlowStateFields on FlowState {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    substates { ...AdminFlowSubstateFields }\n  }\n": typeof types.AdminFlowStateFieldsFragmentDoc,
    "\n  query AdminFlowEditor($id: ID!) {\n    flow(id: $id) {\n      id\n      name\n      nameTranslations { es en }\n      restartAllowed\n      states { ...AdminFlowStateFields }\n    }\n  }\n": typeof types.AdminFlowEditorDocument,
    "\n  mutation AdminFlowUpdate($id: ID!, $input: FlowInput!) {\n    updateFlow(id: $id, input: $input) { id name nameTranslations { es en } restartAllowed }\n  }\n": typeof types.AdminFlowUpdateDocument,
    "\n  mutation AdminFlowCreateState($flowId: ID!, $input: FlowStateInput!) {\n    createFlowState(flowId: $flowId, input: $input) { id }\n  }\n": typeof types.AdminFlowCreateStateDocument,
    "\n  mutation AdminFlowUpdateState($id: ID!, $input: FlowStateInput!) {\n    updateFlowState(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible }\n  }\n": typeof types.AdminFlowUpdateStateDocument,
    "\n  mutation AdminFlowMoveState($id: ID!, $position: Int!) {\n    moveFlowState(id: $id, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n": typeof types.AdminFlowMoveStateDocument,
    "\n  mutation AdminFlowDeleteState($id: ID!) {\n    deleteFlowState(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n": typeof types.AdminFlowDeleteStateDocument,
    "\n  mutation AdminFlowCreateSubstate($stateId: ID!, $input: FlowSubstateInput!) {\n    createFlowSubstate(stateId: $stateId, input: $input) { id }\n  }\n": typeof types.AdminFlowCreateSubstateDocument,
    "\n  mutation AdminFlowUpdateSubstate($id: ID!, $input: FlowSubstateInput!) {\n    updateFlowSubstate(id: $id, input: $input) { ...AdminFlowSubstateFields }\n  }\n": typeof types.AdminFlowUpdateSubstateDocument,
    "\n  mutation AdminFlowMoveSubstate($id: ID!, $stateId: ID, $position: Int!) {\n    moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n": typeof types.AdminFlowMoveSubstateDocument,
    "\n  mutation AdminFlowDeleteSubstate($id: ID!) {\n    deleteFlowSubstate(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n": typeof types.AdminFlowDeleteSubstateDocument,
    "\n  query AdminImportJobs($kind: ImportKind, $first: Int!, $after: String) {\n    importJobs(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        rowsRead\n        rowsImported\n        rowsRejected\n        startedAt\n        createdByEmail\n      }\n    }\n  }\n": typeof types.AdminImportJobsDocument,
    "\n  query AdminIncidentInbox($filter: AdminIncidentFilter, $first: Int, $after: String) {\n    adminIncidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        ...IncidentSummary\n        updatedAt\n        accountName\n        unreadByStaff\n      }\n    }\n  }\n": typeof types.AdminIncidentInboxDocument,
    "\n  query AdminIncidentTypes {\n    adminIncidentTypes {\n      id\n      active\n      position\n      incidentCount\n      name { es en }\n    }\n  }\n": typeof types.AdminIncidentTypesDocument,
    "\n  query AdminIncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      accountName\n      reporterName\n      reporterEmail\n      unreadByStaff\n      attachment { id fileName }\n    }\n  }\n": typeof types.AdminIncidentDetailDocument,
    "\n  mutation AdminIncidentReply($id: ID!, $body: String!, $status: IncidentStatus) {\n    replyToIncident(id: $id, body: $body, status: $status) { id status updatedAt }\n  }\n": typeof types.AdminIncidentReplyDocument,
    "\n  mutation AdminIncidentMarkRead($id: ID!) {\n    markIncidentRead(id: $id) { id unreadByStaff }\n  }\n": typeof types.AdminIncidentMarkReadDocument,
    "\n  mutation AdminIncidentSetStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(id: $id, status: $status) { id status updatedAt }\n  }\n": typeof types.AdminIncidentSetStatusDocument,
    "\n  mutation AdminIncidentTypeCreate($input: IncidentTypeInput!) {\n    createIncidentType(input: $input) { id }\n  }\n": typeof types.AdminIncidentTypeCreateDocument,
    "\n  mutation AdminIncidentTypeUpdate($id: ID!, $input: IncidentTypeInput!) {\n    updateIncidentType(id: $id, input: $input) { id active name { es en } }\n  }\n": typeof types.AdminIncidentTypeUpdateDocument,
    "\n  mutation AdminIncidentTypeMove($id: ID!, $direction: IncidentTypeMoveDirection!) {\n    moveIncidentType(id: $id, direction: $direction) { id position }\n  }\n": typeof types.AdminIncidentTypeMoveDocument,
    "\n  mutation AdminIncidentTypeRemove($id: ID!) {\n    removeIncidentType(id: $id)\n  }\n": typeof types.AdminIncidentTypeRemoveDocument,
    "\n  query AdminInstallationFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        portalVisible\n        substates { id internalName action portalVisible portalName { es en } }\n      }\n    }\n  }\n": typeof types.AdminInstallationFlowsDocument,
    "\n  query AdminInstallationList($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {\n    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        accountName\n        address\n        updatedAt\n        state { id internalName }\n        substate { id internalName action }\n        customerActivity {\n          lastCustomerAction { kind at }\n          documentsToReview\n          acceptedOffers\n          signedCopies\n          waitingSince\n        }\n      }\n    }\n  }\n": typeof types.AdminInstallationListDocument,
    "\n  query AdminInstallationDetail($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      address\n      failureReason\n      accountName\n      flowId\n      updatedAt\n      state { id internalName }\n      substate { id internalName action }\n      progress { currentStep { id name { es en } } }\n      adminHistory { id at kind fromSubstate toSubstate byName byEmail note }\n      documentRequests { id name description status rejectionReason updatedAt minFiles maxFiles files { id status updatedAt document { id fileName } } }\n      signingDocuments { id title createdAt signedAt document { id fileName } signedCopy { id fileName } }\n      offers { id title titleTranslations { en } amount peakPowerKwp panelCount status sharedAt acceptedAt document { id fileName } }\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n      roofDrawing {\n        id\n        planAreaM2\n        surfaceAreaM2\n        usableAreaM2\n        panelCount\n        peakPowerKwp\n        updatedAt\n        updatedBy\n        faces { tiltDegrees azimuthDegrees surfaceAreaM2 panelCount peakPowerKwp }\n      }\n    }\n  }\n": typeof types.AdminInstallationDetailDocument,
    "\n  mutation AdminMoveInstallation($id: ID!, $substateId: ID!, $note: String) {\n    moveInstallation(id: $id, substateId: $substateId, note: $note) { id failureReason }\n  }\n": typeof types.AdminMoveInstallationDocument,
    "\n  mutation AdminRequestInstallationDocument(\n    $installationId: ID!\n    $name: String!\n    $description: String\n    $nameEn: String\n    $descriptionEn: String\n    $minFiles: Int\n    $maxFiles: Int\n  ) {\n    requestInstallationDocument(\n      installationId: $installationId\n      name: $name\n      description: $description\n      nameEn: $nameEn\n      descriptionEn: $descriptionEn\n      minFiles: $minFiles\n      maxFiles: $maxFiles\n    ) { id }\n  }\n": typeof types.AdminRequestInstallationDocumentDocument,
    "\n  mutation AdminReviewDocumentRequest($id: ID!, $accepted: Boolean!, $reason: String) {\n    reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason }\n  }\n": typeof types.AdminReviewDocumentRequestDocument,
    "\n  mutation AdminCancelDocumentRequest($id: ID!) {\n    cancelDocumentRequest(id: $id)\n  }\n": typeof types.AdminCancelDocumentRequestDocument,
    "\n  mutation AdminWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) { id status }\n  }\n": typeof types.AdminWithdrawOfferDocument,
    "\n  mutation AdminScheduleInstallerVisit($installationId: ID!, $visitId: ID, $input: InstallerVisitInput!) {\n    scheduleInstallerVisit(installationId: $installationId, visitId: $visitId, input: $input) { id }\n  }\n": typeof types.AdminScheduleInstallerVisitDocument,
    "\n  fragment AdminOutboxEmailFields on OutboxEmail {\n    to\n    subject\n    templateKey\n    status\n    attempts\n    lastError\n    createdAt\n  }\n": typeof types.AdminOutboxEmailFieldsFragmentDoc,
    "\n  query AdminOutboxList($filter: OutboxEmailFilter, $first: Int, $after: String) {\n    outboxEmails(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        ...AdminOutboxEmailFields\n        sentAt\n      }\n    }\n  }\n": typeof types.AdminOutboxListDocument,
    "\n  query AdminOutboxDetail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      ...AdminOutboxEmailFields\n      nextAttemptAt\n      sentAt\n      redacted\n      text\n      html\n    }\n  }\n": typeof types.AdminOutboxDetailDocument,
    "\n  mutation AdminOutboxRetry($id: ID!) {\n    retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt }\n  }\n": typeof types.AdminOutboxRetryDocument,
    "\n  fragment AdminSettingsFields on PortalSettings {\n    automaticUserCreation\n    automaticUserType\n    welcomeLinkValidityDays\n    panelWidthM\n    panelHeightM\n    panelPowerW\n    packingFactor\n    paymentIban\n    paymentReference\n    paymentLink\n  }\n": typeof types.AdminSettingsFieldsFragmentDoc,
    "\n  query AdminSettings {\n    settings { ...AdminSettingsFields }\n  }\n": typeof types.AdminSettingsDocument,
    "\n  mutation AdminSettingsUpdate($input: SettingsInput!) {\n    updateSettings(input: $input) { ...AdminSettingsFields }\n  }\n": typeof types.AdminSettingsUpdateDocument,
    "\n  fragment AdminTemplateFields on AdminEmailTemplate {\n    key\n    builtIn\n    variables\n    languages\n    updatedAt\n    translations { language subject body updatedAt }\n    usedBy { kind name }\n  }\n": typeof types.AdminTemplateFieldsFragmentDoc,
    "\n  query AdminTemplatesList {\n    emailTemplates {\n      key\n      builtIn\n      languages\n      updatedAt\n      usedBy { kind name }\n    }\n  }\n": typeof types.AdminTemplatesListDocument,
    "\n  query AdminTemplateDetail($key: String!) {\n    emailTemplate(key: $key) { ...AdminTemplateFields }\n  }\n": typeof types.AdminTemplateDetailDocument,
    "\n  query AdminTemplatePreview($input: EmailTemplatePreviewInput!) {\n    previewEmailTemplate(input: $input) { subject text variables unknownVariables }\n  }\n": typeof types.AdminTemplatePreviewDocument,
    "\n  mutation AdminTemplateSave($input: EmailTemplateInput!) {\n    saveEmailTemplate(input: $input) { ...AdminTemplateFields }\n  }\n": typeof types.AdminTemplateSaveDocument,
    "\n  mutation AdminTemplateDelete($key: String!, $language: Language) {\n    deleteEmailTemplate(key: $key, language: $language)\n  }\n": typeof types.AdminTemplateDeleteDocument,
    "\n  mutation AdminTemplateSendTest($input: EmailTemplatePreviewInput!) {\n    sendTestEmail(input: $input)\n  }\n": typeof types.AdminTemplateSendTestDocument,
    "\n  fragment AdminUserFields on User {\n    email\n    name\n    language\n    status\n    isAdmin\n    userTypes\n    personalFiscalId\n    personalFiscalIdKind\n    companyFiscalId\n    relatedFiscalIds\n    cupsRestriction\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsersList($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id email name userTypes status isAdmin lastSignInAt }\n    }\n  }\n": typeof types.AdminUsersListDocument,
    "\n  query AdminUserDetail($id: ID!) {\n    user(id: $id) {\n      id\n      ...AdminUserFields\n      createdAt\n      lastSignInAt\n    }\n  }\n": typeof types.AdminUserDetailDocument,
    "\n  query AdminUserSessions($id: ID!) {\n    user(id: $id) {\n      id\n      sessions { id createdAt lastSeenAt expiresAt userAgent ip current actingAsEmail }\n    }\n  }\n": typeof types.AdminUserSessionsDocument,
    "\n  query AdminUserAudit($userId: ID!, $first: Int!, $after: String) {\n    auditLog(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        action\n        at\n        admin { id name email }\n        user { id name email }\n      }\n    }\n  }\n": typeof types.AdminUserAuditDocument,
    "\n  query AdminUsersAvailableCups($fiscalIds: [FiscalIdInput!]!) {\n    availableCups(fiscalIds: $fiscalIds) { cups address accessTariff accountName fiscalId }\n  }\n": typeof types.AdminUsersAvailableCupsDocument,
    "\n  mutation AdminCreateUser($input: UserInput!) {\n    createUser(input: $input) { id }\n  }\n": typeof types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) { id ...AdminUserFields }\n  }\n": typeof types.AdminUpdateUserDocument,
    "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(id: $id) { id status }\n  }\n": typeof types.AdminDisableUserDocument,
    "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(id: $id) { id status }\n  }\n": typeof types.AdminEnableUserDocument,
    "\n  mutation AdminResendWelcome($id: ID!) {\n    resendWelcome(id: $id)\n  }\n": typeof types.AdminResendWelcomeDocument,
    "\n  mutation AdminRevokeUserSession($id: ID!) {\n    revokeUserSession(id: $id)\n  }\n": typeof types.AdminRevokeUserSessionDocument,
    "\n  mutation AdminRevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n": typeof types.AdminRevokeUserSessionsDocument,
    "\n  mutation AdminStartActingAs($userId: ID!) {\n    startActingAs(userId: $userId) { id readOnly }\n  }\n": typeof types.AdminStartActingAsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { id }\n  }\n": typeof types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) { retryAfterSeconds }\n  }\n": typeof types.RequestSignInCodeDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) { retryAfterSeconds }\n  }\n": typeof types.RequestSignInLinkDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) { id }\n  }\n": typeof types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) { id }\n  }\n": typeof types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) { id }\n  }\n": typeof types.SetPasswordDocument,
    "\n  query SetPasswordLink($token: String!) {\n    setPasswordLink(token: $token) { email }\n  }\n": typeof types.SetPasswordLinkDocument,
    "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint { id cups address }\n  }\n": typeof types.ContractSummaryFragmentDoc,
    "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContractSummary }\n    }\n  }\n": typeof types.ContractsListDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower { period kW }\n      supplyPoint { id distributor }\n      account { id name fiscalId }\n    }\n  }\n": typeof types.ContractDetailDocument,
    "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      points { ...DeviationsPoint }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals { ...DeviationsPoint }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n": typeof types.DeviationsSeriesDocument,
    "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint { id cups }\n      }\n    }\n  }\n": typeof types.DocumentsPageDocument,
    "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total\n      points { start kWh }\n    }\n  }\n": typeof types.ForecastSeriesDocument,
    "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint { id cups address }\n      document { id fileName }\n    }\n  }\n": typeof types.SettlementsListDocument,
    "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n      nodes {\n        id\n        number\n        paymentInstructions { iban reference link }\n      }\n    }\n  }\n": typeof types.HomeInvoicesDocument,
    "\n  query HomeContracts {\n    all: contracts(first: 1) { totalCount }\n    active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }\n  }\n": typeof types.HomeContractsDocument,
    "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }\n    }\n  }\n": typeof types.HomeConsumptionDocument,
    "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n        standing\n      }\n    }\n  }\n": typeof types.HomeInstallationsDocument,
    "\n  query IncidentsList {\n    incidents { ...IncidentSummary }\n  }\n": typeof types.IncidentsListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      attachment { id fileName sizeBytes }\n    }\n  }\n": typeof types.IncidentDetailDocument,
    "\n  query IncidentFormOptions {\n    incidentTypes { id name { es en } }\n    installations { id code address }\n  }\n": typeof types.IncidentFormOptionsDocument,
    "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) { id }\n  }\n": typeof types.IncidentCreateDocument,
    "\n  mutation IncidentReply($id: ID!, $body: String!) {\n    replyToMyIncident(id: $id, body: $body) {\n      id\n      status\n      replies { id fromStaff }\n    }\n  }\n": typeof types.IncidentReplyDocument,
    "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        minFiles\n        maxFiles\n        files { id status document { id fileName } }\n      }\n    }\n  }\n": typeof types.InstallationDocumentRequestsDocument,
    "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees azimuthDegrees azimuthSetByHand }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n": typeof types.RoofDrawingDetailFragmentDoc,
    "\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n": typeof types.InstallationRoofDrawingDocument,
    "\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n": typeof types.SaveRoofDrawingDocument,
    "\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n": typeof types.InstallationFailureDocument,
    "\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": typeof types.InstallationOffersDocument,
    "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id status acceptedAt acceptedByName }\n  }\n": typeof types.InstallationAcceptOfferDocument,
    "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments { id title signedAt document { id fileName } signedCopy { id fileName } }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": typeof types.InstallationSigningDocument,
    "\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n": typeof types.InstallationVisitDocument,
    "\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n": typeof types.InstallationMarkVisitViewedDocument,
    "\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n": typeof types.InstallationOverviewFragmentDoc,
    "\n  query InstallationList {\n    installations { ...InstallationOverview }\n  }\n": typeof types.InstallationListDocument,
    "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) { ...InstallationOverview }\n  }\n": typeof types.RestartInstallationDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint { id cups }\n    document { id fileName }\n  }\n": typeof types.InvoiceSummaryFragmentDoc,
    "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InvoiceSummary }\n    }\n  }\n": typeof types.InvoicesListDocument,
    "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines { description quantity unit unitPrice amount }\n      supplyPoint { id address }\n      contract { id code }\n      paymentInstructions { iban reference link }\n    }\n  }\n": typeof types.InvoiceDetailDocument,
    "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n": typeof types.PriceDaySummaryFragmentDoc,
    "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points { start intervalMinutes priceEs pricePt }\n      days { ...PriceDaySummary }\n    }\n  }\n": typeof types.PricesDayDocument,
    "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days { ...PriceDaySummary }\n    }\n  }\n": typeof types.PricesDailyDocument,
    "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      accessTariff\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod { period kWh }\n      points { start kWh estimated estimatedKWh intervals }\n    }\n  }\n": typeof types.MeasurementsSeriesDocument,
    "\n  fragment PersonalDataFields on PersonalData {\n    name\n    phone\n    address\n    email\n  }\n": typeof types.PersonalDataFieldsFragmentDoc,
    "\n  query ProfilePersonalData {\n    myPersonalData { ...PersonalDataFields }\n  }\n": typeof types.ProfilePersonalDataDocument,
    "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) { ...PersonalDataFields }\n  }\n": typeof types.ProfileUpdatePersonalDataDocument,
    "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": typeof types.ProfileRequestEmailChangeDocument,
    "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) { ...PersonalDataFields }\n  }\n": typeof types.ProfileConfirmEmailChangeDocument,
    "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) { id name }\n  }\n": typeof types.ProfileUpdateNameDocument,
    "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": typeof types.ProfileChangePasswordDocument,
    "\n  fragment SelfConsumptionFlowFields on SelfConsumptionFlows {\n    importedKWh\n    exportedKWh\n    generatedKWh\n    selfConsumedKWh\n    selfSufficiency\n    selfConsumptionShare\n    estimatedKWh\n    estimatedShare\n  }\n": typeof types.SelfConsumptionFlowFieldsFragmentDoc,
    "\n  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total {\n        ...SelfConsumptionFlowFields\n        intervals\n        solarIntervals\n      }\n      points {\n        start\n        estimated\n        ...SelfConsumptionFlowFields\n      }\n    }\n  }\n": typeof types.SelfConsumptionSeriesDocument,
    "\n  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {\n    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {\n      cups from to\n      months {\n        month\n        contractCode\n        surplusKWh\n        compensationSource\n        compensationPrice\n        avoidedPurchaseEuros\n        compensationBeforeCapEuros\n        compensationCapEuros\n        compensationEuros\n        savingsEuros\n        missing\n        periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }\n      }\n    }\n  }\n": typeof types.SelfConsumptionSavingsDocument,
    "\n  query ImportJobDetail($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      validRowsOnly\n      rowsRead\n      rowsImported\n      rowsRejected\n      errorCount\n      message\n      firstStart\n      lastStart\n      startedAt\n      finishedAt\n      createdByEmail\n      errors { line column reason value }\n    }\n  }\n": typeof types.ImportJobDetailDocument,
    "\n  fragment IncidentSummary on Incident {\n    id\n    status\n    description\n    createdAt\n    installationCode\n    type { id name { es en } }\n  }\n": typeof types.IncidentSummaryFragmentDoc,
    "\n  fragment IncidentThread on Incident {\n    ...IncidentSummary\n    updatedAt\n    replies {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n      attachments { id fileName }\n    }\n  }\n": typeof types.IncidentThreadFragmentDoc,
    "\n  query InstallationSolarEstimate($id: ID!) {\n    solarEstimate(installationId: $id) {\n      from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh\n      selfConsumptionPercent selfSufficiencyPercent savingsEuros savingsMissing\n      accountCups\n      months { month productionKWh consumptionKWh selfConsumedKWh savingsEuros }\n    }\n  }\n": typeof types.InstallationSolarEstimateDocument,
    "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n": typeof types.SupplyPointsDocument,
    "\n  query Viewer {\n    viewer {\n      __typename\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) { id language }\n  }\n": typeof types.UpdateMyLanguageDocument,
};
const documents: Documents = {
    "\n  query ActingBannerViewer {\n    viewer {\n      id\n      name\n      readOnly\n      actingAdmin {\n        name\n        email\n      }\n    }\n  }\n": types.ActingBannerViewerDocument,
    "\n  mutation ActingBannerStop {\n    stopActingAs {\n      id\n    }\n  }\n": types.ActingBannerStopDocument,
    "\n  fragment AdminContractPrices on Contract {\n    compensationPrice\n    energyPrices { period price }\n  }\n": types.AdminContractPricesFragmentDoc,
    "\n  query AdminAccountsList($search: String, $first: Int!, $after: String) {\n    adminCustomerAccounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        fiscalId\n        fiscalIdKind\n        billingEmail\n        supplyPointCount\n        contractCount\n        draftContractCount\n        installationCount\n      }\n    }\n  }\n": types.AdminAccountsListDocument,
    "\n  query AdminAccountsDetail($id: ID!) {\n    adminCustomerAccount(id: $id) {\n      id\n      name\n      fiscalId\n      fiscalIdKind\n      billingEmail\n      phone\n      address\n      createdAt\n      supplyPoints { id cups address accessTariff distributor }\n      contracts {\n        id\n        code\n        status\n        productName\n        accessTariff\n        startDate\n        endDate\n        activatedAt\n        ...AdminContractPrices\n        supplyPoint { id cups }\n      }\n      portalUsers { id email name status userTypes }\n      installations { id code address createdAt }\n    }\n  }\n": types.AdminAccountsDetailDocument,
    "\n  mutation AdminAccountsActivate($id: ID!, $replaceOverlapping: Boolean) {\n    activateContract(id: $id, replaceOverlapping: $replaceOverlapping) {\n      outcome\n      userId\n      userEmail\n      contract { id status activatedAt }\n    }\n  }\n": types.AdminAccountsActivateDocument,
    "\n  mutation AdminAccountsSetPrices($id: ID!, $input: ContractPricesInput!) {\n    setContractPrices(id: $id, input: $input) { id ...AdminContractPrices }\n  }\n": types.AdminAccountsSetPricesDocument,
    "\n  mutation AdminAccountsRegister($input: RegisterSolarClientInput!) {\n    registerSolarClient(input: $input) {\n      userId\n      userEmail\n      userCreated\n      account { id name }\n      installation { id code address }\n    }\n  }\n": types.AdminAccountsRegisterDocument,
    "\n  fragment AdminAutomaticActionFields on AutomaticAction {\n    id\n    trigger\n    templateKey\n    enabled\n    substate { id internalName }\n  }\n": types.AdminAutomaticActionFieldsFragmentDoc,
    "\n  fragment AdminPortalEventActionFields on PortalEventActionView {\n    event\n    templateKey\n    enabled\n    variables\n    requiredVariables\n  }\n": types.AdminPortalEventActionFieldsFragmentDoc,
    "\n  query AdminAutomaticActions {\n    automaticActions { ...AdminAutomaticActionFields }\n    automaticTriggers { trigger variables }\n    emailTemplates { key }\n  }\n": types.AdminAutomaticActionsDocument,
    "\n  query AdminActionsFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        substates { id internalName }\n      }\n    }\n  }\n": types.AdminActionsFlowsDocument,
    "\n  query AdminPortalEventActions {\n    portalEventActions { ...AdminPortalEventActionFields }\n    emailTemplates { key }\n  }\n": types.AdminPortalEventActionsDocument,
    "\n  mutation AdminCreateAutomaticAction($input: AutomaticActionInput!) {\n    createAutomaticAction(input: $input) { id }\n  }\n": types.AdminCreateAutomaticActionDocument,
    "\n  mutation AdminUpdateAutomaticAction($id: ID!, $input: AutomaticActionInput!) {\n    updateAutomaticAction(id: $id, input: $input) { ...AdminAutomaticActionFields }\n  }\n": types.AdminUpdateAutomaticActionDocument,
    "\n  mutation AdminEnableAutomaticAction($id: ID!, $enabled: Boolean!) {\n    setAutomaticActionEnabled(id: $id, enabled: $enabled) { id enabled }\n  }\n": types.AdminEnableAutomaticActionDocument,
    "\n  mutation AdminDeleteAutomaticAction($id: ID!) {\n    deleteAutomaticAction(id: $id)\n  }\n": types.AdminDeleteAutomaticActionDocument,
    "\n  mutation AdminUpdatePortalEventAction($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {\n    updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { ...AdminPortalEventActionFields }\n  }\n": types.AdminUpdatePortalEventActionDocument,
    "\n  query AdminFlowList {\n    flows {\n      id\n      name\n      restartAllowed\n      states {\n        id\n        substates { id }\n      }\n    }\n  }\n": types.AdminFlowListDocument,
    "\n  fragment AdminFlowSubstateFields on FlowSubstate {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    view\n    action\n    installationCount\n  }\n": types.AdminFlowSubstateFieldsFragmentDoc,
    "\n  fragment AdminFlowStateFields on FlowState {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    substates { ...AdminFlowSubstateFields }\n  }\n": types.AdminFlowStateFieldsFragmentDoc,
    "\n  query AdminFlowEditor($id: ID!) {\n    flow(id: $id) {\n      id\n      name\n      nameTranslations { es en }\n      restartAllowed\n      states { ...AdminFlowStateFields }\n    }\n  }\n": types.AdminFlowEditorDocument,
    "\n  mutation AdminFlowUpdate($id: ID!, $input: FlowInput!) {\n    updateFlow(id: $id, input: $input) { id name nameTranslations { es en } restartAllowed }\n  }\n": types.AdminFlowUpdateDocument,
    "\n  mutation AdminFlowCreateState($flowId: ID!, $input: FlowStateInput!) {\n    createFlowState(flowId: $flowId, input: $input) { id }\n  }\n": types.AdminFlowCreateStateDocument,
    "\n  mutation AdminFlowUpdateState($id: ID!, $input: FlowStateInput!) {\n    updateFlowState(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible }\n  }\n": types.AdminFlowUpdateStateDocument,
    "\n  mutation AdminFlowMoveState($id: ID!, $position: Int!) {\n    moveFlowState(id: $id, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n": types.AdminFlowMoveStateDocument,
    "\n  mutation AdminFlowDeleteState($id: ID!) {\n    deleteFlowState(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n": types.AdminFlowDeleteStateDocument,
    "\n  mutation AdminFlowCreateSubstate($stateId: ID!, $input: FlowSubstateInput!) {\n    createFlowSubstate(stateId: $stateId, input: $input) { id }\n  }\n": types.AdminFlowCreateSubstateDocument,
    "\n  mutation AdminFlowUpdateSubstate($id: ID!, $input: FlowSubstateInput!) {\n    updateFlowSubstate(id: $id, input: $input) { ...AdminFlowSubstateFields }\n  }\n": types.AdminFlowUpdateSubstateDocument,
    "\n  mutation AdminFlowMoveSubstate($id: ID!, $stateId: ID, $position: Int!) {\n    moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n": types.AdminFlowMoveSubstateDocument,
    "\n  mutation AdminFlowDeleteSubstate($id: ID!) {\n    deleteFlowSubstate(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n": types.AdminFlowDeleteSubstateDocument,
    "\n  query AdminImportJobs($kind: ImportKind, $first: Int!, $after: String) {\n    importJobs(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        rowsRead\n        rowsImported\n        rowsRejected\n        startedAt\n        createdByEmail\n      }\n    }\n  }\n": types.AdminImportJobsDocument,
    "\n  query AdminIncidentInbox($filter: AdminIncidentFilter, $first: Int, $after: String) {\n    adminIncidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        ...IncidentSummary\n        updatedAt\n        accountName\n        unreadByStaff\n      }\n    }\n  }\n": types.AdminIncidentInboxDocument,
    "\n  query AdminIncidentTypes {\n    adminIncidentTypes {\n      id\n      active\n      position\n      incidentCount\n      name { es en }\n    }\n  }\n": types.AdminIncidentTypesDocument,
    "\n  query AdminIncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      accountName\n      reporterName\n      reporterEmail\n      unreadByStaff\n      attachment { id fileName }\n    }\n  }\n": types.AdminIncidentDetailDocument,
    "\n  mutation AdminIncidentReply($id: ID!, $body: String!, $status: IncidentStatus) {\n    replyToIncident(id: $id, body: $body, status: $status) { id status updatedAt }\n  }\n": types.AdminIncidentReplyDocument,
    "\n  mutation AdminIncidentMarkRead($id: ID!) {\n    markIncidentRead(id: $id) { id unreadByStaff }\n  }\n": types.AdminIncidentMarkReadDocument,
    "\n  mutation AdminIncidentSetStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(id: $id, status: $status) { id status updatedAt }\n  }\n": types.AdminIncidentSetStatusDocument,
    "\n  mutation AdminIncidentTypeCreate($input: IncidentTypeInput!) {\n    createIncidentType(input: $input) { id }\n  }\n": types.AdminIncidentTypeCreateDocument,
    "\n  mutation AdminIncidentTypeUpdate($id: ID!, $input: IncidentTypeInput!) {\n    updateIncidentType(id: $id, input: $input) { id active name { es en } }\n  }\n": types.AdminIncidentTypeUpdateDocument,
    "\n  mutation AdminIncidentTypeMove($id: ID!, $direction: IncidentTypeMoveDirection!) {\n    moveIncidentType(id: $id, direction: $direction) { id position }\n  }\n": types.AdminIncidentTypeMoveDocument,
    "\n  mutation AdminIncidentTypeRemove($id: ID!) {\n    removeIncidentType(id: $id)\n  }\n": types.AdminIncidentTypeRemoveDocument,
    "\n  query AdminInstallationFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        portalVisible\n        substates { id internalName action portalVisible portalName { es en } }\n      }\n    }\n  }\n": types.AdminInstallationFlowsDocument,
    "\n  query AdminInstallationList($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {\n    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        accountName\n        address\n        updatedAt\n        state { id internalName }\n        substate { id internalName action }\n        customerActivity {\n          lastCustomerAction { kind at }\n          documentsToReview\n          acceptedOffers\n          signedCopies\n          waitingSince\n        }\n      }\n    }\n  }\n": types.AdminInstallationListDocument,
    "\n  query AdminInstallationDetail($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      address\n      failureReason\n      accountName\n      flowId\n      updatedAt\n      state { id internalName }\n      substate { id internalName action }\n      progress { currentStep { id name { es en } } }\n      adminHistory { id at kind fromSubstate toSubstate byName byEmail note }\n      documentRequests { id name description status rejectionReason updatedAt minFiles maxFiles files { id status updatedAt document { id fileName } } }\n      signingDocuments { id title createdAt signedAt document { id fileName } signedCopy { id fileName } }\n      offers { id title titleTranslations { en } amount peakPowerKwp panelCount status sharedAt acceptedAt document { id fileName } }\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n      roofDrawing {\n        id\n        planAreaM2\n        surfaceAreaM2\n        usableAreaM2\n        panelCount\n        peakPowerKwp\n        updatedAt\n        updatedBy\n        faces { tiltDegrees azimuthDegrees surfaceAreaM2 panelCount peakPowerKwp }\n      }\n    }\n  }\n": types.AdminInstallationDetailDocument,
    "\n  mutation AdminMoveInstallation($id: ID!, $substateId: ID!, $note: String) {\n    moveInstallation(id: $id, substateId: $substateId, note: $note) { id failureReason }\n  }\n": types.AdminMoveInstallationDocument,
    "\n  mutation AdminRequestInstallationDocument(\n    $installationId: ID!\n    $name: String!\n    $description: String\n    $nameEn: String\n    $descriptionEn: String\n    $minFiles: Int\n    $maxFiles: Int\n  ) {\n    requestInstallationDocument(\n      installationId: $installationId\n      name: $name\n      description: $description\n      nameEn: $nameEn\n      descriptionEn: $descriptionEn\n      minFiles: $minFiles\n      maxFiles: $maxFiles\n    ) { id }\n  }\n": types.AdminRequestInstallationDocumentDocument,
    "\n  mutation AdminReviewDocumentRequest($id: ID!, $accepted: Boolean!, $reason: String) {\n    reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason }\n  }\n": types.AdminReviewDocumentRequestDocument,
    "\n  mutation AdminCancelDocumentRequest($id: ID!) {\n    cancelDocumentRequest(id: $id)\n  }\n": types.AdminCancelDocumentRequestDocument,
    "\n  mutation AdminWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) { id status }\n  }\n": types.AdminWithdrawOfferDocument,
    "\n  mutation AdminScheduleInstallerVisit($installationId: ID!, $visitId: ID, $input: InstallerVisitInput!) {\n    scheduleInstallerVisit(installationId: $installationId, visitId: $visitId, input: $input) { id }\n  }\n": types.AdminScheduleInstallerVisitDocument,
    "\n  fragment AdminOutboxEmailFields on OutboxEmail {\n    to\n    subject\n    templateKey\n    status\n    attempts\n    lastError\n    createdAt\n  }\n": types.AdminOutboxEmailFieldsFragmentDoc,
    "\n  query AdminOutboxList($filter: OutboxEmailFilter, $first: Int, $after: String) {\n    outboxEmails(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        ...AdminOutboxEmailFields\n        sentAt\n      }\n    }\n  }\n": types.AdminOutboxListDocument,
    "\n  query AdminOutboxDetail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      ...AdminOutboxEmailFields\n      nextAttemptAt\n      sentAt\n      redacted\n      text\n      html\n    }\n  }\n": types.AdminOutboxDetailDocument,
    "\n  mutation AdminOutboxRetry($id: ID!) {\n    retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt }\n  }\n": types.AdminOutboxRetryDocument,
    "\n  fragment AdminSettingsFields on PortalSettings {\n    automaticUserCreation\n    automaticUserType\n    welcomeLinkValidityDays\n    panelWidthM\n    panelHeightM\n    panelPowerW\n    packingFactor\n    paymentIban\n    paymentReference\n    paymentLink\n  }\n": types.AdminSettingsFieldsFragmentDoc,
    "\n  query AdminSettings {\n    settings { ...AdminSettingsFields }\n  }\n": types.AdminSettingsDocument,
    "\n  mutation AdminSettingsUpdate($input: SettingsInput!) {\n    updateSettings(input: $input) { ...AdminSettingsFields }\n  }\n": types.AdminSettingsUpdateDocument,
    "\n  fragment AdminTemplateFields on AdminEmailTemplate {\n    key\n    builtIn\n    variables\n    languages\n    updatedAt\n    translations { language subject body updatedAt }\n    usedBy { kind name }\n  }\n": types.AdminTemplateFieldsFragmentDoc,
    "\n  query AdminTemplatesList {\n    emailTemplates {\n      key\n      builtIn\n      languages\n      updatedAt\n      usedBy { kind name }\n    }\n  }\n": types.AdminTemplatesListDocument,
    "\n  query AdminTemplateDetail($key: String!) {\n    emailTemplate(key: $key) { ...AdminTemplateFields }\n  }\n": types.AdminTemplateDetailDocument,
    "\n  query AdminTemplatePreview($input: EmailTemplatePreviewInput!) {\n    previewEmailTemplate(input: $input) { subject text variables unknownVariables }\n  }\n": types.AdminTemplatePreviewDocument,
    "\n  mutation AdminTemplateSave($input: EmailTemplateInput!) {\n    saveEmailTemplate(input: $input) { ...AdminTemplateFields }\n  }\n": types.AdminTemplateSaveDocument,
    "\n  mutation AdminTemplateDelete($key: String!, $language: Language) {\n    deleteEmailTemplate(key: $key, language: $language)\n  }\n": types.AdminTemplateDeleteDocument,
    "\n  mutation AdminTemplateSendTest($input: EmailTemplatePreviewInput!) {\n    sendTestEmail(input: $input)\n  }\n": types.AdminTemplateSendTestDocument,
    "\n  fragment AdminUserFields on User {\n    email\n    name\n    language\n    status\n    isAdmin\n    userTypes\n    personalFiscalId\n    personalFiscalIdKind\n    companyFiscalId\n    relatedFiscalIds\n    cupsRestriction\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUsersList($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id email name userTypes status isAdmin lastSignInAt }\n    }\n  }\n": types.AdminUsersListDocument,
    "\n  query AdminUserDetail($id: ID!) {\n    user(id: $id) {\n      id\n      ...AdminUserFields\n      createdAt\n      lastSignInAt\n    }\n  }\n": types.AdminUserDetailDocument,
    "\n  query AdminUserSessions($id: ID!) {\n    user(id: $id) {\n      id\n      sessions { id createdAt lastSeenAt expiresAt userAgent ip current actingAsEmail }\n    }\n  }\n": types.AdminUserSessionsDocument,
    "\n  query AdminUserAudit($userId: ID!, $first: Int!, $after: String) {\n    auditLog(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        action\n        at\n        admin { id name email }\n        user { id name email }\n      }\n    }\n  }\n": types.AdminUserAuditDocument,
    "\n  query AdminUsersAvailableCups($fiscalIds: [FiscalIdInput!]!) {\n    availableCups(fiscalIds: $fiscalIds) { cups address accessTariff accountName fiscalId }\n  }\n": types.AdminUsersAvailableCupsDocument,
    "\n  mutation AdminCreateUser($input: UserInput!) {\n    createUser(input: $input) { id }\n  }\n": types.AdminCreateUserDocument,
    "\n  mutation AdminUpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) { id ...AdminUserFields }\n  }\n": types.AdminUpdateUserDocument,
    "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(id: $id) { id status }\n  }\n": types.AdminDisableUserDocument,
    "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(id: $id) { id status }\n  }\n": types.AdminEnableUserDocument,
    "\n  mutation AdminResendWelcome($id: ID!) {\n    resendWelcome(id: $id)\n  }\n": types.AdminResendWelcomeDocument,
    "\n  mutation AdminRevokeUserSession($id: ID!) {\n    revokeUserSession(id: $id)\n  }\n": types.AdminRevokeUserSessionDocument,
    "\n  mutation AdminRevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n": types.AdminRevokeUserSessionsDocument,
    "\n  mutation AdminStartActingAs($userId: ID!) {\n    startActingAs(userId: $userId) { id readOnly }\n  }\n": types.AdminStartActingAsDocument,
    "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { id }\n  }\n": types.SignInDocument,
    "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) { retryAfterSeconds }\n  }\n": types.RequestSignInCodeDocument,
    "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) { retryAfterSeconds }\n  }\n": types.RequestSignInLinkDocument,
    "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) { id }\n  }\n": types.SignInWithCodeDocument,
    "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) { id }\n  }\n": types.RedeemMagicLinkDocument,
    "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) { id }\n  }\n": types.SetPasswordDocument,
    "\n  query SetPasswordLink($token: String!) {\n    setPasswordLink(token: $token) { email }\n  }\n": types.SetPasswordLinkDocument,
    "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint { id cups address }\n  }\n": types.ContractSummaryFragmentDoc,
    "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContractSummary }\n    }\n  }\n": types.ContractsListDocument,
    "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower { period kW }\n      supplyPoint { id distributor }\n      account { id name fiscalId }\n    }\n  }\n": types.ContractDetailDocument,
    "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      points { ...DeviationsPoint }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals { ...DeviationsPoint }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n": types.DeviationsSeriesDocument,
    "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint { id cups }\n      }\n    }\n  }\n": types.DocumentsPageDocument,
    "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total\n      points { start kWh }\n    }\n  }\n": types.ForecastSeriesDocument,
    "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint { id cups address }\n      document { id fileName }\n    }\n  }\n": types.SettlementsListDocument,
    "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n      nodes {\n        id\n        number\n        paymentInstructions { iban reference link }\n      }\n    }\n  }\n": types.HomeInvoicesDocument,
    "\n  query HomeContracts {\n    all: contracts(first: 1) { totalCount }\n    active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }\n  }\n": types.HomeContractsDocument,
    "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }\n    }\n  }\n": types.HomeConsumptionDocument,
    "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n        standing\n      }\n    }\n  }\n": types.HomeInstallationsDocument,
    "\n  query IncidentsList {\n    incidents { ...IncidentSummary }\n  }\n": types.IncidentsListDocument,
    "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      attachment { id fileName sizeBytes }\n    }\n  }\n": types.IncidentDetailDocument,
    "\n  query IncidentFormOptions {\n    incidentTypes { id name { es en } }\n    installations { id code address }\n  }\n": types.IncidentFormOptionsDocument,
    "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) { id }\n  }\n": types.IncidentCreateDocument,
    "\n  mutation IncidentReply($id: ID!, $body: String!) {\n    replyToMyIncident(id: $id, body: $body) {\n      id\n      status\n      replies { id fromStaff }\n    }\n  }\n": types.IncidentReplyDocument,
    "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        minFiles\n        maxFiles\n        files { id status document { id fileName } }\n      }\n    }\n  }\n": types.InstallationDocumentRequestsDocument,
    "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees azimuthDegrees azimuthSetByHand }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n": types.RoofDrawingDetailFragmentDoc,
    "\n  query InstallationRoofDrawing($id: ID!) {\n    roofDrawingSettings { panelWidthM panelHeightM panelPowerW packingFactor tileUrl geocoderUrl }\n    installation(id: $id) {\n      id\n      address\n      roofDrawing { ...RoofDrawingDetail }\n    }\n  }\n": types.InstallationRoofDrawingDocument,
    "\n  mutation SaveRoofDrawing($installationId: ID!, $input: RoofDrawingInput!) {\n    saveRoofDrawing(installationId: $installationId, input: $input) { ...RoofDrawingDetail }\n  }\n": types.SaveRoofDrawingDocument,
    "\n  query InstallationFailure($id: ID!) {\n    installation(id: $id) {\n      id\n      failureReason\n      restartAllowed\n    }\n  }\n": types.InstallationFailureDocument,
    "\n  query InstallationOffers($id: ID!) {\n    installation(id: $id) {\n      id\n      offers {\n        id\n        title\n        amount\n        peakPowerKwp\n        panelCount\n        status\n        sharedAt\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": types.InstallationOffersDocument,
    "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id status acceptedAt acceptedByName }\n  }\n": types.InstallationAcceptOfferDocument,
    "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments { id title signedAt document { id fileName } signedCopy { id fileName } }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n": types.InstallationSigningDocument,
    "\n  query InstallationVisit($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n    }\n  }\n": types.InstallationVisitDocument,
    "\n  mutation InstallationMarkVisitViewed($installationId: ID!) {\n    markVisitViewed(installationId: $installationId) { id viewedAt }\n  }\n": types.InstallationMarkVisitViewedDocument,
    "\n  fragment InstallationOverview on Installation {\n    id\n    code\n    address\n    failureReason\n    restartAllowed\n    progress {\n      previousState { id name { es en } description { es en } }\n      currentState { id name { es en } description { es en } }\n      nextState { id name { es en } description { es en } }\n      currentStep { id view action name { es en } description { es en } }\n      steps { id stateId status action name { es en } description { es en } }\n    }\n    history { at kind from { es en } to { es en } }\n  }\n": types.InstallationOverviewFragmentDoc,
    "\n  query InstallationList {\n    installations { ...InstallationOverview }\n  }\n": types.InstallationListDocument,
    "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) { ...InstallationOverview }\n  }\n": types.RestartInstallationDocument,
    "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint { id cups }\n    document { id fileName }\n  }\n": types.InvoiceSummaryFragmentDoc,
    "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InvoiceSummary }\n    }\n  }\n": types.InvoicesListDocument,
    "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines { description quantity unit unitPrice amount }\n      supplyPoint { id address }\n      contract { id code }\n      paymentInstructions { iban reference link }\n    }\n  }\n": types.InvoiceDetailDocument,
    "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n": types.PriceDaySummaryFragmentDoc,
    "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points { start intervalMinutes priceEs pricePt }\n      days { ...PriceDaySummary }\n    }\n  }\n": types.PricesDayDocument,
    "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days { ...PriceDaySummary }\n    }\n  }\n": types.PricesDailyDocument,
    "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      accessTariff\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod { period kWh }\n      points { start kWh estimated estimatedKWh intervals }\n    }\n  }\n": types.MeasurementsSeriesDocument,
    "\n  fragment PersonalDataFields on PersonalData {\n    name\n    phone\n    address\n    email\n  }\n": types.PersonalDataFieldsFragmentDoc,
    "\n  query ProfilePersonalData {\n    myPersonalData { ...PersonalDataFields }\n  }\n": types.ProfilePersonalDataDocument,
    "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) { ...PersonalDataFields }\n  }\n": types.ProfileUpdatePersonalDataDocument,
    "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n": types.ProfileRequestEmailChangeDocument,
    "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) { ...PersonalDataFields }\n  }\n": types.ProfileConfirmEmailChangeDocument,
    "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) { id name }\n  }\n": types.ProfileUpdateNameDocument,
    "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n": types.ProfileChangePasswordDocument,
    "\n  fragment SelfConsumptionFlowFields on SelfConsumptionFlows {\n    importedKWh\n    exportedKWh\n    generatedKWh\n    selfConsumedKWh\n    selfSufficiency\n    selfConsumptionShare\n    estimatedKWh\n    estimatedShare\n  }\n": types.SelfConsumptionFlowFieldsFragmentDoc,
    "\n  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total {\n        ...SelfConsumptionFlowFields\n        intervals\n        solarIntervals\n      }\n      points {\n        start\n        estimated\n        ...SelfConsumptionFlowFields\n      }\n    }\n  }\n": types.SelfConsumptionSeriesDocument,
    "\n  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {\n    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {\n      cups from to\n      months {\n        month\n        contractCode\n        surplusKWh\n        compensationSource\n        compensationPrice\n        avoidedPurchaseEuros\n        compensationBeforeCapEuros\n        compensationCapEuros\n        compensationEuros\n        savingsEuros\n        missing\n        periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }\n      }\n    }\n  }\n": types.SelfConsumptionSavingsDocument,
    "\n  query ImportJobDetail($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      validRowsOnly\n      rowsRead\n      rowsImported\n      rowsRejected\n      errorCount\n      message\n      firstStart\n      lastStart\n      startedAt\n      finishedAt\n      createdByEmail\n      errors { line column reason value }\n    }\n  }\n": types.ImportJobDetailDocument,
    "\n  fragment IncidentSummary on Incident {\n    id\n    status\n    description\n    createdAt\n    installationCode\n    type { id name { es en } }\n  }\n": types.IncidentSummaryFragmentDoc,
    "\n  fragment IncidentThread on Incident {\n    ...IncidentSummary\n    updatedAt\n    replies {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n      attachments { id fileName }\n    }\n  }\n": types.IncidentThreadFragmentDoc,
    "\n  query InstallationSolarEstimate($id: ID!) {\n    solarEstimate(installationId: $id) {\n      from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh\n      selfConsumptionPercent selfSufficiencyPercent savingsEuros savingsMissing\n      accountCups\n      months { month productionKWh consumptionKWh selfConsumedKWh savingsEuros }\n    }\n  }\n": types.InstallationSolarEstimateDocument,
    "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n": types.SupplyPointsDocument,
    "\n  query Viewer {\n    viewer {\n      __typename\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) { id language }\n  }\n": types.UpdateMyLanguageDocument,
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
export function graphql(source: "\n  query ActingBannerViewer {\n    viewer {\n      id\n      name\n      readOnly\n      actingAdmin {\n        name\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActingBannerViewer {\n    viewer {\n      id\n      name\n      readOnly\n      actingAdmin {\n        name\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActingBannerStop {\n    stopActingAs {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ActingBannerStop {\n    stopActingAs {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminContractPrices on Contract {\n    compensationPrice\n    energyPrices { period price }\n  }\n"): (typeof documents)["\n  fragment AdminContractPrices on Contract {\n    compensationPrice\n    energyPrices { period price }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccountsList($search: String, $first: Int!, $after: String) {\n    adminCustomerAccounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        fiscalId\n        fiscalIdKind\n        billingEmail\n        supplyPointCount\n        contractCount\n        draftContractCount\n        installationCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccountsList($search: String, $first: Int!, $after: String) {\n    adminCustomerAccounts(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        name\n        fiscalId\n        fiscalIdKind\n        billingEmail\n        supplyPointCount\n        contractCount\n        draftContractCount\n        installationCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAccountsDetail($id: ID!) {\n    adminCustomerAccount(id: $id) {\n      id\n      name\n      fiscalId\n      fiscalIdKind\n      billingEmail\n      phone\n      address\n      createdAt\n      supplyPoints { id cups address accessTariff distributor }\n      contracts {\n        id\n        code\n        status\n        productName\n        accessTariff\n        startDate\n        endDate\n        activatedAt\n        ...AdminContractPrices\n        supplyPoint { id cups }\n      }\n      portalUsers { id email name status userTypes }\n      installations { id code address createdAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminAccountsDetail($id: ID!) {\n    adminCustomerAccount(id: $id) {\n      id\n      name\n      fiscalId\n      fiscalIdKind\n      billingEmail\n      phone\n      address\n      createdAt\n      supplyPoints { id cups address accessTariff distributor }\n      contracts {\n        id\n        code\n        status\n        productName\n        accessTariff\n        startDate\n        endDate\n        activatedAt\n        ...AdminContractPrices\n        supplyPoint { id cups }\n      }\n      portalUsers { id email name status userTypes }\n      installations { id code address createdAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAccountsActivate($id: ID!, $replaceOverlapping: Boolean) {\n    activateContract(id: $id, replaceOverlapping: $replaceOverlapping) {\n      outcome\n      userId\n      userEmail\n      contract { id status activatedAt }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAccountsActivate($id: ID!, $replaceOverlapping: Boolean) {\n    activateContract(id: $id, replaceOverlapping: $replaceOverlapping) {\n      outcome\n      userId\n      userEmail\n      contract { id status activatedAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAccountsSetPrices($id: ID!, $input: ContractPricesInput!) {\n    setContractPrices(id: $id, input: $input) { id ...AdminContractPrices }\n  }\n"): (typeof documents)["\n  mutation AdminAccountsSetPrices($id: ID!, $input: ContractPricesInput!) {\n    setContractPrices(id: $id, input: $input) { id ...AdminContractPrices }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminAccountsRegister($input: RegisterSolarClientInput!) {\n    registerSolarClient(input: $input) {\n      userId\n      userEmail\n      userCreated\n      account { id name }\n      installation { id code address }\n    }\n  }\n"): (typeof documents)["\n  mutation AdminAccountsRegister($input: RegisterSolarClientInput!) {\n    registerSolarClient(input: $input) {\n      userId\n      userEmail\n      userCreated\n      account { id name }\n      installation { id code address }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminAutomaticActionFields on AutomaticAction {\n    id\n    trigger\n    templateKey\n    enabled\n    substate { id internalName }\n  }\n"): (typeof documents)["\n  fragment AdminAutomaticActionFields on AutomaticAction {\n    id\n    trigger\n    templateKey\n    enabled\n    substate { id internalName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminPortalEventActionFields on PortalEventActionView {\n    event\n    templateKey\n    enabled\n    variables\n    requiredVariables\n  }\n"): (typeof documents)["\n  fragment AdminPortalEventActionFields on PortalEventActionView {\n    event\n    templateKey\n    enabled\n    variables\n    requiredVariables\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminAutomaticActions {\n    automaticActions { ...AdminAutomaticActionFields }\n    automaticTriggers { trigger variables }\n    emailTemplates { key }\n  }\n"): (typeof documents)["\n  query AdminAutomaticActions {\n    automaticActions { ...AdminAutomaticActionFields }\n    automaticTriggers { trigger variables }\n    emailTemplates { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminActionsFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        substates { id internalName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminActionsFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        substates { id internalName }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPortalEventActions {\n    portalEventActions { ...AdminPortalEventActionFields }\n    emailTemplates { key }\n  }\n"): (typeof documents)["\n  query AdminPortalEventActions {\n    portalEventActions { ...AdminPortalEventActionFields }\n    emailTemplates { key }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateAutomaticAction($input: AutomaticActionInput!) {\n    createAutomaticAction(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminCreateAutomaticAction($input: AutomaticActionInput!) {\n    createAutomaticAction(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateAutomaticAction($id: ID!, $input: AutomaticActionInput!) {\n    updateAutomaticAction(id: $id, input: $input) { ...AdminAutomaticActionFields }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateAutomaticAction($id: ID!, $input: AutomaticActionInput!) {\n    updateAutomaticAction(id: $id, input: $input) { ...AdminAutomaticActionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEnableAutomaticAction($id: ID!, $enabled: Boolean!) {\n    setAutomaticActionEnabled(id: $id, enabled: $enabled) { id enabled }\n  }\n"): (typeof documents)["\n  mutation AdminEnableAutomaticAction($id: ID!, $enabled: Boolean!) {\n    setAutomaticActionEnabled(id: $id, enabled: $enabled) { id enabled }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDeleteAutomaticAction($id: ID!) {\n    deleteAutomaticAction(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminDeleteAutomaticAction($id: ID!) {\n    deleteAutomaticAction(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdatePortalEventAction($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {\n    updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { ...AdminPortalEventActionFields }\n  }\n"): (typeof documents)["\n  mutation AdminUpdatePortalEventAction($event: PortalEvent!, $templateKey: String, $enabled: Boolean!) {\n    updatePortalEventAction(event: $event, templateKey: $templateKey, enabled: $enabled) { ...AdminPortalEventActionFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFlowList {\n    flows {\n      id\n      name\n      restartAllowed\n      states {\n        id\n        substates { id }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminFlowList {\n    flows {\n      id\n      name\n      restartAllowed\n      states {\n        id\n        substates { id }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminFlowSubstateFields on FlowSubstate {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    view\n    action\n    installationCount\n  }\n"): (typeof documents)["\n  fragment AdminFlowSubstateFields on FlowSubstate {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    view\n    action\n    installationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminFlowStateFields on FlowState {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    substates { ...AdminFlowSubstateFields }\n  }\n"): (typeof documents)["\n  fragment AdminFlowStateFields on FlowState {\n    id\n    position\n    internalName\n    portalName { es en }\n    portalDescription { es en }\n    portalVisible\n    substates { ...AdminFlowSubstateFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminFlowEditor($id: ID!) {\n    flow(id: $id) {\n      id\n      name\n      nameTranslations { es en }\n      restartAllowed\n      states { ...AdminFlowStateFields }\n    }\n  }\n"): (typeof documents)["\n  query AdminFlowEditor($id: ID!) {\n    flow(id: $id) {\n      id\n      name\n      nameTranslations { es en }\n      restartAllowed\n      states { ...AdminFlowStateFields }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowUpdate($id: ID!, $input: FlowInput!) {\n    updateFlow(id: $id, input: $input) { id name nameTranslations { es en } restartAllowed }\n  }\n"): (typeof documents)["\n  mutation AdminFlowUpdate($id: ID!, $input: FlowInput!) {\n    updateFlow(id: $id, input: $input) { id name nameTranslations { es en } restartAllowed }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowCreateState($flowId: ID!, $input: FlowStateInput!) {\n    createFlowState(flowId: $flowId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminFlowCreateState($flowId: ID!, $input: FlowStateInput!) {\n    createFlowState(flowId: $flowId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowUpdateState($id: ID!, $input: FlowStateInput!) {\n    updateFlowState(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible }\n  }\n"): (typeof documents)["\n  mutation AdminFlowUpdateState($id: ID!, $input: FlowStateInput!) {\n    updateFlowState(id: $id, input: $input) { id internalName portalName { es en } portalDescription { es en } portalVisible }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowMoveState($id: ID!, $position: Int!) {\n    moveFlowState(id: $id, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n"): (typeof documents)["\n  mutation AdminFlowMoveState($id: ID!, $position: Int!) {\n    moveFlowState(id: $id, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowDeleteState($id: ID!) {\n    deleteFlowState(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n"): (typeof documents)["\n  mutation AdminFlowDeleteState($id: ID!) {\n    deleteFlowState(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowCreateSubstate($stateId: ID!, $input: FlowSubstateInput!) {\n    createFlowSubstate(stateId: $stateId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminFlowCreateSubstate($stateId: ID!, $input: FlowSubstateInput!) {\n    createFlowSubstate(stateId: $stateId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowUpdateSubstate($id: ID!, $input: FlowSubstateInput!) {\n    updateFlowSubstate(id: $id, input: $input) { ...AdminFlowSubstateFields }\n  }\n"): (typeof documents)["\n  mutation AdminFlowUpdateSubstate($id: ID!, $input: FlowSubstateInput!) {\n    updateFlowSubstate(id: $id, input: $input) { ...AdminFlowSubstateFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowMoveSubstate($id: ID!, $stateId: ID, $position: Int!) {\n    moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n"): (typeof documents)["\n  mutation AdminFlowMoveSubstate($id: ID!, $stateId: ID, $position: Int!) {\n    moveFlowSubstate(id: $id, stateId: $stateId, position: $position) { id states { ...AdminFlowStateFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminFlowDeleteSubstate($id: ID!) {\n    deleteFlowSubstate(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n"): (typeof documents)["\n  mutation AdminFlowDeleteSubstate($id: ID!) {\n    deleteFlowSubstate(id: $id) { id states { ...AdminFlowStateFields } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminImportJobs($kind: ImportKind, $first: Int!, $after: String) {\n    importJobs(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        rowsRead\n        rowsImported\n        rowsRejected\n        startedAt\n        createdByEmail\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminImportJobs($kind: ImportKind, $first: Int!, $after: String) {\n    importJobs(kind: $kind, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        kind\n        fileName\n        status\n        rowsRead\n        rowsImported\n        rowsRejected\n        startedAt\n        createdByEmail\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIncidentInbox($filter: AdminIncidentFilter, $first: Int, $after: String) {\n    adminIncidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        ...IncidentSummary\n        updatedAt\n        accountName\n        unreadByStaff\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminIncidentInbox($filter: AdminIncidentFilter, $first: Int, $after: String) {\n    adminIncidents(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        ...IncidentSummary\n        updatedAt\n        accountName\n        unreadByStaff\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIncidentTypes {\n    adminIncidentTypes {\n      id\n      active\n      position\n      incidentCount\n      name { es en }\n    }\n  }\n"): (typeof documents)["\n  query AdminIncidentTypes {\n    adminIncidentTypes {\n      id\n      active\n      position\n      incidentCount\n      name { es en }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminIncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      accountName\n      reporterName\n      reporterEmail\n      unreadByStaff\n      attachment { id fileName }\n    }\n  }\n"): (typeof documents)["\n  query AdminIncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      accountName\n      reporterName\n      reporterEmail\n      unreadByStaff\n      attachment { id fileName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentReply($id: ID!, $body: String!, $status: IncidentStatus) {\n    replyToIncident(id: $id, body: $body, status: $status) { id status updatedAt }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentReply($id: ID!, $body: String!, $status: IncidentStatus) {\n    replyToIncident(id: $id, body: $body, status: $status) { id status updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentMarkRead($id: ID!) {\n    markIncidentRead(id: $id) { id unreadByStaff }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentMarkRead($id: ID!) {\n    markIncidentRead(id: $id) { id unreadByStaff }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentSetStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(id: $id, status: $status) { id status updatedAt }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentSetStatus($id: ID!, $status: IncidentStatus!) {\n    setIncidentStatus(id: $id, status: $status) { id status updatedAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentTypeCreate($input: IncidentTypeInput!) {\n    createIncidentType(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentTypeCreate($input: IncidentTypeInput!) {\n    createIncidentType(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentTypeUpdate($id: ID!, $input: IncidentTypeInput!) {\n    updateIncidentType(id: $id, input: $input) { id active name { es en } }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentTypeUpdate($id: ID!, $input: IncidentTypeInput!) {\n    updateIncidentType(id: $id, input: $input) { id active name { es en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentTypeMove($id: ID!, $direction: IncidentTypeMoveDirection!) {\n    moveIncidentType(id: $id, direction: $direction) { id position }\n  }\n"): (typeof documents)["\n  mutation AdminIncidentTypeMove($id: ID!, $direction: IncidentTypeMoveDirection!) {\n    moveIncidentType(id: $id, direction: $direction) { id position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminIncidentTypeRemove($id: ID!) {\n    removeIncidentType(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminIncidentTypeRemove($id: ID!) {\n    removeIncidentType(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInstallationFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        portalVisible\n        substates { id internalName action portalVisible portalName { es en } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInstallationFlows {\n    flows {\n      id\n      name\n      states {\n        id\n        internalName\n        portalVisible\n        substates { id internalName action portalVisible portalName { es en } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInstallationList($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {\n    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        accountName\n        address\n        updatedAt\n        state { id internalName }\n        substate { id internalName action }\n        customerActivity {\n          lastCustomerAction { kind at }\n          documentsToReview\n          acceptedOffers\n          signedCopies\n          waitingSince\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInstallationList($filter: AdminInstallationFilter, $sort: AdminInstallationSort, $first: Int!, $after: String) {\n    adminInstallations(filter: $filter, sort: $sort, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        code\n        accountName\n        address\n        updatedAt\n        state { id internalName }\n        substate { id internalName action }\n        customerActivity {\n          lastCustomerAction { kind at }\n          documentsToReview\n          acceptedOffers\n          signedCopies\n          waitingSince\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInstallationDetail($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      address\n      failureReason\n      accountName\n      flowId\n      updatedAt\n      state { id internalName }\n      substate { id internalName action }\n      progress { currentStep { id name { es en } } }\n      adminHistory { id at kind fromSubstate toSubstate byName byEmail note }\n      documentRequests { id name description status rejectionReason updatedAt minFiles maxFiles files { id status updatedAt document { id fileName } } }\n      signingDocuments { id title createdAt signedAt document { id fileName } signedCopy { id fileName } }\n      offers { id title titleTranslations { en } amount peakPowerKwp panelCount status sharedAt acceptedAt document { id fileName } }\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n      roofDrawing {\n        id\n        planAreaM2\n        surfaceAreaM2\n        usableAreaM2\n        panelCount\n        peakPowerKwp\n        updatedAt\n        updatedBy\n        faces { tiltDegrees azimuthDegrees surfaceAreaM2 panelCount peakPowerKwp }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInstallationDetail($id: ID!) {\n    installation(id: $id) {\n      id\n      code\n      address\n      failureReason\n      accountName\n      flowId\n      updatedAt\n      state { id internalName }\n      substate { id internalName action }\n      progress { currentStep { id name { es en } } }\n      adminHistory { id at kind fromSubstate toSubstate byName byEmail note }\n      documentRequests { id name description status rejectionReason updatedAt minFiles maxFiles files { id status updatedAt document { id fileName } } }\n      signingDocuments { id title createdAt signedAt document { id fileName } signedCopy { id fileName } }\n      offers { id title titleTranslations { en } amount peakPowerKwp panelCount status sharedAt acceptedAt document { id fileName } }\n      installerVisit { id startsAt endsAt installerName company phone email notes viewedAt }\n      roofDrawing {\n        id\n        planAreaM2\n        surfaceAreaM2\n        usableAreaM2\n        panelCount\n        peakPowerKwp\n        updatedAt\n        updatedBy\n        faces { tiltDegrees azimuthDegrees surfaceAreaM2 panelCount peakPowerKwp }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminMoveInstallation($id: ID!, $substateId: ID!, $note: String) {\n    moveInstallation(id: $id, substateId: $substateId, note: $note) { id failureReason }\n  }\n"): (typeof documents)["\n  mutation AdminMoveInstallation($id: ID!, $substateId: ID!, $note: String) {\n    moveInstallation(id: $id, substateId: $substateId, note: $note) { id failureReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRequestInstallationDocument(\n    $installationId: ID!\n    $name: String!\n    $description: String\n    $nameEn: String\n    $descriptionEn: String\n    $minFiles: Int\n    $maxFiles: Int\n  ) {\n    requestInstallationDocument(\n      installationId: $installationId\n      name: $name\n      description: $description\n      nameEn: $nameEn\n      descriptionEn: $descriptionEn\n      minFiles: $minFiles\n      maxFiles: $maxFiles\n    ) { id }\n  }\n"): (typeof documents)["\n  mutation AdminRequestInstallationDocument(\n    $installationId: ID!\n    $name: String!\n    $description: String\n    $nameEn: String\n    $descriptionEn: String\n    $minFiles: Int\n    $maxFiles: Int\n  ) {\n    requestInstallationDocument(\n      installationId: $installationId\n      name: $name\n      description: $description\n      nameEn: $nameEn\n      descriptionEn: $descriptionEn\n      minFiles: $minFiles\n      maxFiles: $maxFiles\n    ) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminReviewDocumentRequest($id: ID!, $accepted: Boolean!, $reason: String) {\n    reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason }\n  }\n"): (typeof documents)["\n  mutation AdminReviewDocumentRequest($id: ID!, $accepted: Boolean!, $reason: String) {\n    reviewDocumentRequest(id: $id, accepted: $accepted, reason: $reason) { id status rejectionReason }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCancelDocumentRequest($id: ID!) {\n    cancelDocumentRequest(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminCancelDocumentRequest($id: ID!) {\n    cancelDocumentRequest(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation AdminWithdrawOffer($id: ID!) {\n    withdrawOffer(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminScheduleInstallerVisit($installationId: ID!, $visitId: ID, $input: InstallerVisitInput!) {\n    scheduleInstallerVisit(installationId: $installationId, visitId: $visitId, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminScheduleInstallerVisit($installationId: ID!, $visitId: ID, $input: InstallerVisitInput!) {\n    scheduleInstallerVisit(installationId: $installationId, visitId: $visitId, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminOutboxEmailFields on OutboxEmail {\n    to\n    subject\n    templateKey\n    status\n    attempts\n    lastError\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AdminOutboxEmailFields on OutboxEmail {\n    to\n    subject\n    templateKey\n    status\n    attempts\n    lastError\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxList($filter: OutboxEmailFilter, $first: Int, $after: String) {\n    outboxEmails(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        ...AdminOutboxEmailFields\n        sentAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOutboxList($filter: OutboxEmailFilter, $first: Int, $after: String) {\n    outboxEmails(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        ...AdminOutboxEmailFields\n        sentAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxDetail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      ...AdminOutboxEmailFields\n      nextAttemptAt\n      sentAt\n      redacted\n      text\n      html\n    }\n  }\n"): (typeof documents)["\n  query AdminOutboxDetail($id: ID!) {\n    outboxEmail(id: $id) {\n      id\n      ...AdminOutboxEmailFields\n      nextAttemptAt\n      sentAt\n      redacted\n      text\n      html\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminOutboxRetry($id: ID!) {\n    retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt }\n  }\n"): (typeof documents)["\n  mutation AdminOutboxRetry($id: ID!) {\n    retryOutboxEmail(id: $id) { id status attempts lastError nextAttemptAt }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminSettingsFields on PortalSettings {\n    automaticUserCreation\n    automaticUserType\n    welcomeLinkValidityDays\n    panelWidthM\n    panelHeightM\n    panelPowerW\n    packingFactor\n    paymentIban\n    paymentReference\n    paymentLink\n  }\n"): (typeof documents)["\n  fragment AdminSettingsFields on PortalSettings {\n    automaticUserCreation\n    automaticUserType\n    welcomeLinkValidityDays\n    panelWidthM\n    panelHeightM\n    panelPowerW\n    packingFactor\n    paymentIban\n    paymentReference\n    paymentLink\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminSettings {\n    settings { ...AdminSettingsFields }\n  }\n"): (typeof documents)["\n  query AdminSettings {\n    settings { ...AdminSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminSettingsUpdate($input: SettingsInput!) {\n    updateSettings(input: $input) { ...AdminSettingsFields }\n  }\n"): (typeof documents)["\n  mutation AdminSettingsUpdate($input: SettingsInput!) {\n    updateSettings(input: $input) { ...AdminSettingsFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminTemplateFields on AdminEmailTemplate {\n    key\n    builtIn\n    variables\n    languages\n    updatedAt\n    translations { language subject body updatedAt }\n    usedBy { kind name }\n  }\n"): (typeof documents)["\n  fragment AdminTemplateFields on AdminEmailTemplate {\n    key\n    builtIn\n    variables\n    languages\n    updatedAt\n    translations { language subject body updatedAt }\n    usedBy { kind name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTemplatesList {\n    emailTemplates {\n      key\n      builtIn\n      languages\n      updatedAt\n      usedBy { kind name }\n    }\n  }\n"): (typeof documents)["\n  query AdminTemplatesList {\n    emailTemplates {\n      key\n      builtIn\n      languages\n      updatedAt\n      usedBy { kind name }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTemplateDetail($key: String!) {\n    emailTemplate(key: $key) { ...AdminTemplateFields }\n  }\n"): (typeof documents)["\n  query AdminTemplateDetail($key: String!) {\n    emailTemplate(key: $key) { ...AdminTemplateFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminTemplatePreview($input: EmailTemplatePreviewInput!) {\n    previewEmailTemplate(input: $input) { subject text variables unknownVariables }\n  }\n"): (typeof documents)["\n  query AdminTemplatePreview($input: EmailTemplatePreviewInput!) {\n    previewEmailTemplate(input: $input) { subject text variables unknownVariables }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTemplateSave($input: EmailTemplateInput!) {\n    saveEmailTemplate(input: $input) { ...AdminTemplateFields }\n  }\n"): (typeof documents)["\n  mutation AdminTemplateSave($input: EmailTemplateInput!) {\n    saveEmailTemplate(input: $input) { ...AdminTemplateFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTemplateDelete($key: String!, $language: Language) {\n    deleteEmailTemplate(key: $key, language: $language)\n  }\n"): (typeof documents)["\n  mutation AdminTemplateDelete($key: String!, $language: Language) {\n    deleteEmailTemplate(key: $key, language: $language)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminTemplateSendTest($input: EmailTemplatePreviewInput!) {\n    sendTestEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation AdminTemplateSendTest($input: EmailTemplatePreviewInput!) {\n    sendTestEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on User {\n    email\n    name\n    language\n    status\n    isAdmin\n    userTypes\n    personalFiscalId\n    personalFiscalIdKind\n    companyFiscalId\n    relatedFiscalIds\n    cupsRestriction\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on User {\n    email\n    name\n    language\n    status\n    isAdmin\n    userTypes\n    personalFiscalId\n    personalFiscalIdKind\n    companyFiscalId\n    relatedFiscalIds\n    cupsRestriction\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersList($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id email name userTypes status isAdmin lastSignInAt }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsersList($search: String, $first: Int!, $after: String) {\n    users(search: $search, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id email name userTypes status isAdmin lastSignInAt }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserDetail($id: ID!) {\n    user(id: $id) {\n      id\n      ...AdminUserFields\n      createdAt\n      lastSignInAt\n    }\n  }\n"): (typeof documents)["\n  query AdminUserDetail($id: ID!) {\n    user(id: $id) {\n      id\n      ...AdminUserFields\n      createdAt\n      lastSignInAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserSessions($id: ID!) {\n    user(id: $id) {\n      id\n      sessions { id createdAt lastSeenAt expiresAt userAgent ip current actingAsEmail }\n    }\n  }\n"): (typeof documents)["\n  query AdminUserSessions($id: ID!) {\n    user(id: $id) {\n      id\n      sessions { id createdAt lastSeenAt expiresAt userAgent ip current actingAsEmail }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUserAudit($userId: ID!, $first: Int!, $after: String) {\n    auditLog(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        action\n        at\n        admin { id name email }\n        user { id name email }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUserAudit($userId: ID!, $first: Int!, $after: String) {\n    auditLog(userId: $userId, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        action\n        at\n        admin { id name email }\n        user { id name email }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsersAvailableCups($fiscalIds: [FiscalIdInput!]!) {\n    availableCups(fiscalIds: $fiscalIds) { cups address accessTariff accountName fiscalId }\n  }\n"): (typeof documents)["\n  query AdminUsersAvailableCups($fiscalIds: [FiscalIdInput!]!) {\n    availableCups(fiscalIds: $fiscalIds) { cups address accessTariff accountName fiscalId }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminCreateUser($input: UserInput!) {\n    createUser(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation AdminCreateUser($input: UserInput!) {\n    createUser(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminUpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) { id ...AdminUserFields }\n  }\n"): (typeof documents)["\n  mutation AdminUpdateUser($id: ID!, $input: UserInput!) {\n    updateUser(id: $id, input: $input) { id ...AdminUserFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation AdminDisableUser($id: ID!) {\n    disableUser(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(id: $id) { id status }\n  }\n"): (typeof documents)["\n  mutation AdminEnableUser($id: ID!) {\n    enableUser(id: $id) { id status }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminResendWelcome($id: ID!) {\n    resendWelcome(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminResendWelcome($id: ID!) {\n    resendWelcome(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeUserSession($id: ID!) {\n    revokeUserSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeUserSession($id: ID!) {\n    revokeUserSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminRevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n"): (typeof documents)["\n  mutation AdminRevokeUserSessions($userId: ID!) {\n    revokeUserSessions(userId: $userId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdminStartActingAs($userId: ID!) {\n    startActingAs(userId: $userId) { id readOnly }\n  }\n"): (typeof documents)["\n  mutation AdminStartActingAs($userId: ID!) {\n    startActingAs(userId: $userId) { id readOnly }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { id }\n  }\n"): (typeof documents)["\n  mutation SignIn($email: String!, $password: String!) {\n    signIn(email: $email, password: $password) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) { retryAfterSeconds }\n  }\n"): (typeof documents)["\n  mutation RequestSignInCode($email: String!) {\n    requestSignInCode(email: $email) { retryAfterSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) { retryAfterSeconds }\n  }\n"): (typeof documents)["\n  mutation RequestSignInLink($email: String!) {\n    requestSignInLink(email: $email) { retryAfterSeconds }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) { id }\n  }\n"): (typeof documents)["\n  mutation SignInWithCode($email: String!, $code: String!) {\n    signInWithCode(email: $email, code: $code) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) { id }\n  }\n"): (typeof documents)["\n  mutation RedeemMagicLink($token: String!) {\n    redeemMagicLink(token: $token) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) { id }\n  }\n"): (typeof documents)["\n  mutation SetPassword($token: String!, $password: String!) {\n    setPassword(token: $token, password: $password) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetPasswordLink($token: String!) {\n    setPasswordLink(token: $token) { email }\n  }\n"): (typeof documents)["\n  query SetPasswordLink($token: String!) {\n    setPasswordLink(token: $token) { email }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint { id cups address }\n  }\n"): (typeof documents)["\n  fragment ContractSummary on Contract {\n    id\n    code\n    accessTariff\n    productName\n    status\n    startDate\n    endDate\n    supplyPoint { id cups address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContractSummary }\n    }\n  }\n"): (typeof documents)["\n  query ContractsList($first: Int!, $after: String, $filter: ContractFilter) {\n    contracts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...ContractSummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower { period kW }\n      supplyPoint { id distributor }\n      account { id name fiscalId }\n    }\n  }\n"): (typeof documents)["\n  query ContractDetail($id: ID!) {\n    contract(id: $id) {\n      ...ContractSummary\n      activatedAt\n      contractedPower { period kW }\n      supplyPoint { id distributor }\n      account { id name fiscalId }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      points { ...DeviationsPoint }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals { ...DeviationsPoint }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n"): (typeof documents)["\n  query DeviationsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    deviations(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      points { ...DeviationsPoint }\n      summary {\n        measuredKWh\n        forecastKWh\n        deviationKWh\n        absoluteDeviationKWh\n        deviationPercent\n        worstIntervals { ...DeviationsPoint }\n      }\n    }\n  }\n\n  fragment DeviationsPoint on DeviationPoint {\n    start\n    measuredKWh\n    forecastKWh\n    deviationKWh\n    deviationPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint { id cups }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsPage($first: Int!, $after: String, $filter: DocumentFilter) {\n    documents(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes {\n        id\n        title\n        category\n        folder\n        fileName\n        sizeBytes\n        createdAt\n        supplyPoint { id cups }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total\n      points { start kWh }\n    }\n  }\n"): (typeof documents)["\n  query ForecastSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    forecasts(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total\n      points { start kWh }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint { id cups address }\n      document { id fileName }\n    }\n  }\n"): (typeof documents)["\n  query SettlementsList($cups: String) {\n    generationSettlements(cups: $cups) {\n      id\n      month\n      exportedKwh\n      marketRevenue\n      charges\n      netAmount\n      status\n      supplyPoint { id cups address }\n      document { id fileName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n      nodes {\n        id\n        number\n        paymentInstructions { iban reference link }\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeInvoices {\n    latest: invoices(first: 1) {\n      totalCount\n      nodes {\n        id\n        number\n        periodStart\n        periodEnd\n        totalAmount\n        dueDate\n        status\n      }\n    }\n    overdue: invoices(first: 1, filter: { status: OVERDUE }) {\n      totalCount\n      nodes {\n        id\n        number\n        paymentInstructions { iban reference link }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeContracts {\n    all: contracts(first: 1) { totalCount }\n    active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }\n  }\n"): (typeof documents)["\n  query HomeContracts {\n    all: contracts(first: 1) { totalCount }\n    active: contracts(first: 1, filter: { status: ACTIVE }) { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }\n    }\n  }\n"): (typeof documents)["\n  query HomeConsumption($from: Date!, $to: Date!, $lastYearFrom: Date!, $lastYearTo: Date!) {\n    supplyPoints {\n      id\n      cups\n      thisMonth: measurements(from: $from, to: $to, granularity: DAY) { total }\n      lastYear: measurements(from: $lastYearFrom, to: $lastYearTo, granularity: DAY) { total }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n        standing\n      }\n    }\n  }\n"): (typeof documents)["\n  query HomeInstallations {\n    installations {\n      id\n      code\n      address\n      progress {\n        currentState { id name { es en } }\n        currentStep { id view name { es en } }\n        standing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentsList {\n    incidents { ...IncidentSummary }\n  }\n"): (typeof documents)["\n  query IncidentsList {\n    incidents { ...IncidentSummary }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      attachment { id fileName sizeBytes }\n    }\n  }\n"): (typeof documents)["\n  query IncidentDetail($id: ID!) {\n    incident(id: $id) {\n      ...IncidentThread\n      attachment { id fileName sizeBytes }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentFormOptions {\n    incidentTypes { id name { es en } }\n    installations { id code address }\n  }\n"): (typeof documents)["\n  query IncidentFormOptions {\n    incidentTypes { id name { es en } }\n    installations { id code address }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation IncidentCreate($input: CreateIncidentInput!) {\n    createIncident(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IncidentReply($id: ID!, $body: String!) {\n    replyToMyIncident(id: $id, body: $body) {\n      id\n      status\n      replies { id fromStaff }\n    }\n  }\n"): (typeof documents)["\n  mutation IncidentReply($id: ID!, $body: String!) {\n    replyToMyIncident(id: $id, body: $body) {\n      id\n      status\n      replies { id fromStaff }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        minFiles\n        maxFiles\n        files { id status document { id fileName } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationDocumentRequests($id: ID!) {\n    installation(id: $id) {\n      id\n      documentRequests {\n        id\n        name\n        description\n        status\n        rejectionReason\n        updatedAt\n        minFiles\n        maxFiles\n        files { id status document { id fileName } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees azimuthDegrees azimuthSetByHand }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment RoofDrawingDetail on RoofDrawing {\n    id\n    center { lat lng }\n    faces { polygon { type coordinates } tiltDegrees azimuthDegrees azimuthSetByHand }\n    planAreaM2\n    usableAreaM2\n    panelCount\n    peakPowerKwp\n    updatedAt\n  }\n"];
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
export function graphql(source: "\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id status acceptedAt acceptedByName }\n  }\n"): (typeof documents)["\n  mutation InstallationAcceptOffer($id: ID!) {\n    acceptOffer(id: $id) { id status acceptedAt acceptedByName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments { id title signedAt document { id fileName } signedCopy { id fileName } }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"): (typeof documents)["\n  query InstallationSigning($id: ID!) {\n    installation(id: $id) {\n      id\n      signingDocuments { id title signedAt document { id fileName } signedCopy { id fileName } }\n      offers {\n        id\n        title\n        status\n        acceptedAt\n        acceptedByName\n        document { id fileName }\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query InstallationList {\n    installations { ...InstallationOverview }\n  }\n"): (typeof documents)["\n  query InstallationList {\n    installations { ...InstallationOverview }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) { ...InstallationOverview }\n  }\n"): (typeof documents)["\n  mutation RestartInstallation($id: ID!) {\n    restartInstallation(id: $id) { ...InstallationOverview }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint { id cups }\n    document { id fileName }\n  }\n"): (typeof documents)["\n  fragment InvoiceSummary on Invoice {\n    id\n    number\n    periodStart\n    periodEnd\n    issueDate\n    dueDate\n    energyKwh\n    totalAmount\n    status\n    supplyPoint { id cups }\n    document { id fileName }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InvoiceSummary }\n    }\n  }\n"): (typeof documents)["\n  query InvoicesList($first: Int!, $after: String, $filter: InvoiceFilter) {\n    invoices(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { ...InvoiceSummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines { description quantity unit unitPrice amount }\n      supplyPoint { id address }\n      contract { id code }\n      paymentInstructions { iban reference link }\n    }\n  }\n"): (typeof documents)["\n  query InvoiceDetail($number: String!) {\n    invoice(number: $number) {\n      ...InvoiceSummary\n      taxBase\n      taxAmount\n      lines { description quantity unit unitPrice amount }\n      supplyPoint { id address }\n      contract { id code }\n      paymentInstructions { iban reference link }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n"): (typeof documents)["\n  fragment PriceDaySummary on MarketPriceDay {\n    date\n    averageEs\n    minEs\n    maxEs\n    averagePt\n    minPt\n    maxPt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points { start intervalMinutes priceEs pricePt }\n      days { ...PriceDaySummary }\n    }\n  }\n"): (typeof documents)["\n  query PricesDay($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      points { start intervalMinutes priceEs pricePt }\n      days { ...PriceDaySummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days { ...PriceDaySummary }\n    }\n  }\n"): (typeof documents)["\n  query PricesDaily($from: Date!, $to: Date!) {\n    marketPrices(from: $from, to: $to) {\n      from\n      to\n      days { ...PriceDaySummary }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      accessTariff\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod { period kWh }\n      points { start kWh estimated estimatedKWh intervals }\n    }\n  }\n"): (typeof documents)["\n  query MeasurementsSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    measurements(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      accessTariff\n      total\n      realKWh\n      estimatedKWh\n      estimatedShare\n      totalsByPeriod { period kWh }\n      points { start kWh estimated estimatedKWh intervals }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonalDataFields on PersonalData {\n    name\n    phone\n    address\n    email\n  }\n"): (typeof documents)["\n  fragment PersonalDataFields on PersonalData {\n    name\n    phone\n    address\n    email\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProfilePersonalData {\n    myPersonalData { ...PersonalDataFields }\n  }\n"): (typeof documents)["\n  query ProfilePersonalData {\n    myPersonalData { ...PersonalDataFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) { ...PersonalDataFields }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdatePersonalData($input: PersonalDataInput!) {\n    updateMyPersonalData(input: $input) { ...PersonalDataFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"): (typeof documents)["\n  mutation ProfileRequestEmailChange($newEmail: String!) {\n    requestEmailChange(newEmail: $newEmail)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) { ...PersonalDataFields }\n  }\n"): (typeof documents)["\n  mutation ProfileConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) { ...PersonalDataFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) { id name }\n  }\n"): (typeof documents)["\n  mutation ProfileUpdateName($name: String!) {\n    updateMyProfile(name: $name) { id name }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"): (typeof documents)["\n  mutation ProfileChangePassword($current: String!, $new: String!) {\n    changePassword(current: $current, new: $new)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SelfConsumptionFlowFields on SelfConsumptionFlows {\n    importedKWh\n    exportedKWh\n    generatedKWh\n    selfConsumedKWh\n    selfSufficiency\n    selfConsumptionShare\n    estimatedKWh\n    estimatedShare\n  }\n"): (typeof documents)["\n  fragment SelfConsumptionFlowFields on SelfConsumptionFlows {\n    importedKWh\n    exportedKWh\n    generatedKWh\n    selfConsumedKWh\n    selfSufficiency\n    selfConsumptionShare\n    estimatedKWh\n    estimatedShare\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total {\n        ...SelfConsumptionFlowFields\n        intervals\n        solarIntervals\n      }\n      points {\n        start\n        estimated\n        ...SelfConsumptionFlowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfConsumptionSeries($cups: String!, $from: Date!, $to: Date!, $granularity: Granularity!) {\n    selfConsumption(cups: $cups, from: $from, to: $to, granularity: $granularity) {\n      cups from to granularity\n      total {\n        ...SelfConsumptionFlowFields\n        intervals\n        solarIntervals\n      }\n      points {\n        start\n        estimated\n        ...SelfConsumptionFlowFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {\n    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {\n      cups from to\n      months {\n        month\n        contractCode\n        surplusKWh\n        compensationSource\n        compensationPrice\n        avoidedPurchaseEuros\n        compensationBeforeCapEuros\n        compensationCapEuros\n        compensationEuros\n        savingsEuros\n        missing\n        periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SelfConsumptionSavings($cups: String!, $from: Date!, $to: Date!) {\n    selfConsumptionSavings(cups: $cups, from: $from, to: $to) {\n      cups from to\n      months {\n        month\n        contractCode\n        surplusKWh\n        compensationSource\n        compensationPrice\n        avoidedPurchaseEuros\n        compensationBeforeCapEuros\n        compensationCapEuros\n        compensationEuros\n        savingsEuros\n        missing\n        periods { period energyPrice selfConsumedKWh importedKWh avoidedEuros energyTermEuros }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJobDetail($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      validRowsOnly\n      rowsRead\n      rowsImported\n      rowsRejected\n      errorCount\n      message\n      firstStart\n      lastStart\n      startedAt\n      finishedAt\n      createdByEmail\n      errors { line column reason value }\n    }\n  }\n"): (typeof documents)["\n  query ImportJobDetail($id: ID!) {\n    importJob(id: $id) {\n      id\n      kind\n      fileName\n      status\n      validRowsOnly\n      rowsRead\n      rowsImported\n      rowsRejected\n      errorCount\n      message\n      firstStart\n      lastStart\n      startedAt\n      finishedAt\n      createdByEmail\n      errors { line column reason value }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentSummary on Incident {\n    id\n    status\n    description\n    createdAt\n    installationCode\n    type { id name { es en } }\n  }\n"): (typeof documents)["\n  fragment IncidentSummary on Incident {\n    id\n    status\n    description\n    createdAt\n    installationCode\n    type { id name { es en } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentThread on Incident {\n    ...IncidentSummary\n    updatedAt\n    replies {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n      attachments { id fileName }\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentThread on Incident {\n    ...IncidentSummary\n    updatedAt\n    replies {\n      id\n      body\n      fromStaff\n      authorName\n      createdAt\n      attachments { id fileName }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InstallationSolarEstimate($id: ID!) {\n    solarEstimate(installationId: $id) {\n      from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh\n      selfConsumptionPercent selfSufficiencyPercent savingsEuros savingsMissing\n      accountCups\n      months { month productionKWh consumptionKWh selfConsumedKWh savingsEuros }\n    }\n  }\n"): (typeof documents)["\n  query InstallationSolarEstimate($id: ID!) {\n    solarEstimate(installationId: $id) {\n      from to peakPowerKwp irradiationSite irradiationZone productionKWh cups measuredHours filledHours consumptionKWh selfConsumedKWh surplusKWh\n      selfConsumptionPercent selfSufficiencyPercent savingsEuros savingsMissing\n      accountCups\n      months { month productionKWh consumptionKWh selfConsumedKWh savingsEuros }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n"): (typeof documents)["\n  query SupplyPoints {\n    supplyPoints {\n      id\n      cups\n      address\n      accessTariff\n      isGenerator\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      __typename\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      __typename\n      id\n      email\n      name\n      language\n      sections\n      isAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) { id language }\n  }\n"): (typeof documents)["\n  mutation UpdateMyLanguage($language: Language!) {\n    updateMyProfile(language: $language) { id language }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;