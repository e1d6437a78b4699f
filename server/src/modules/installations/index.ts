import type { ModuleDescriptor } from '../../core/module.js';
import { FlowEditorResolver, FlowSubstateEditorResolver } from './flow-editor.resolver.js';
import { flowEditorRules } from './flow-editor.rules.js';
import { Flow, FlowState, FlowSubstate } from './flow.entity.js';
import { FlowNameResolver, FlowResolver, FlowStateResolver } from './flow.resolver.js';
import { AutomaticActionSubstateResolver, CustomerAccountInstallationsResolver } from './installation-relations.resolver.js';
import { InstallationAdminResolver } from './installation.admin.resolver.js';
import { installationAdminRules } from './installation.admin.rules.js';
import { Installation, InstallationTransition } from './installation.entity.js';
import { InstallationProgressResolver, InstallationResolver } from './installation.resolver.js';
import { installationRules } from './installation.rules.js';

export const installationsModule: ModuleDescriptor = {
  name: 'installations',
  entities: [Flow, FlowState, FlowSubstate, Installation, InstallationTransition],
  resolvers: [InstallationResolver, InstallationProgressResolver, InstallationAdminResolver, FlowResolver, FlowNameResolver, FlowStateResolver, FlowEditorResolver, FlowSubstateEditorResolver, CustomerAccountInstallationsResolver, AutomaticActionSubstateResolver],
  rules: [installationRules, installationAdminRules, flowEditorRules],
};

// What other modules use of this one.
export { firstSubstate } from './installation-progress.js';
export { findInstallation, loadFlowTree } from './installation.service.js';
