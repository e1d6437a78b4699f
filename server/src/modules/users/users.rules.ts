import { isAdmin, type RuleTree } from '../../core/permissions/rules.js';

// Users are company staff's business only; a customer reads themselves through `viewer`.
export const usersRules: RuleTree = {
  Query: { users: isAdmin, user: isAdmin, availableCups: isAdmin },
  Mutation: {
    createUser: isAdmin,
    updateUser: isAdmin,
    disableUser: isAdmin,
    enableUser: isAdmin,
    resendWelcome: isAdmin,
  },
  User: {
    id: isAdmin,
    email: isAdmin,
    name: isAdmin,
    language: isAdmin,
    status: isAdmin,
    isAdmin: isAdmin,
    createdAt: isAdmin,
    lastSignInAt: isAdmin,
    userTypes: isAdmin,
    personalFiscalId: isAdmin,
    personalFiscalIdKind: isAdmin,
    companyFiscalId: isAdmin,
    relatedFiscalIds: isAdmin,
    cupsRestriction: isAdmin,
  },
  UserConnection: { '*': isAdmin },
  AvailableCups: { '*': isAdmin },
};
