import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { AutomaticAction } from '../automatic-actions/automatic-action.entity.js';
import { CustomerAccount } from '../customers/customer-account.entity.js';
import { FlowSubstate } from './flow.entity.js';
import { installationsOfAccount } from './installation.admin.service.js';
import { Installation } from './installation.entity.js';

// Fields that other modules' types get from installations. They live here, not beside those
// types, because installations sits above customers and automatic-actions (it raises triggers).

@Resolver(() => CustomerAccount)
export class CustomerAccountInstallationsResolver {
  @FieldResolver(() => [Installation], { description: 'Admin: solar installations of the account, newest first.' })
  installations(@Root() account: CustomerAccount, @Ctx() { em }: Context): Promise<Installation[]> {
    return installationsOfAccount(em, account);
  }
}

@Resolver(() => AutomaticAction)
export class AutomaticActionSubstateResolver {
  @FieldResolver(() => FlowSubstate, { nullable: true, description: 'INSTALLATION_ENTERED_SUBSTATE: the substate; null: any.' })
  substate(@Root() action: AutomaticAction): Promise<FlowSubstate | null> {
    return action.substate ? action.substate.load() : Promise.resolve(null);
  }
}
