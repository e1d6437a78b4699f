import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../core/context.js';
import type { PortalSettings } from './portal-settings.entity.js';
import { SettingsInput } from './settings.inputs.js';
import { automaticUserTypeOf, loadSettings, panelSettingsOf, updateSettings } from './settings.service.js';
import { PortalSettingsView } from './settings.types.js';

function view(settings: PortalSettings): PortalSettingsView {
  return {
    automaticUserCreation: settings.automaticUserCreation,
    automaticUserType: automaticUserTypeOf(settings),
    welcomeLinkValidityDays: settings.welcomeLinkValidityDays,
    ...panelSettingsOf(settings),
    paymentIban: settings.paymentIban,
    paymentReference: settings.paymentReference,
    paymentLink: settings.paymentLink,
  };
}

@Resolver(() => PortalSettingsView)
export class SettingsResolver {
  @Query(() => PortalSettingsView, { nullable: true, description: 'Admin: automatic user creation and welcome link settings.' })
  async settings(@Ctx() { em }: Context): Promise<PortalSettingsView> {
    return view(await loadSettings(em));
  }

  @Mutation(() => PortalSettingsView, { nullable: true, description: 'Admin: changes the fields given.' })
  async updateSettings(@Arg('input', () => SettingsInput) input: SettingsInput, @Ctx() { em }: Context): Promise<PortalSettingsView> {
    return view(await updateSettings(em, input));
  }
}
