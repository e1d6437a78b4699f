import { canSee, type RuleTree } from '../../core/permissions/rules.js';

// Personal data is part of the solar customer's profile (seed 004: "Perfil de cliente").
const installation = canSee('INSTALLATION');

export const personalDataRules: RuleTree = {
  Query: { myPersonalData: installation },
  Mutation: { updateMyPersonalData: installation, requestEmailChange: installation, confirmEmailChange: installation },
  PersonalData: { '*': installation },
};
