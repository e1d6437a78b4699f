import { isPublic, isSignedIn, type RuleTree } from '../../core/permissions/rules.js';

// A Viewer is only ever built for the requester's own account (the `viewer` query, or the account
// a sign-in mutation just opened, while the request itself is still signed out), so its fields
// are public; what guards them is which operations return one.
export const authRules: RuleTree = {
  Query: { viewer: isPublic, setPasswordLink: isPublic },
  Mutation: {
    signIn: isPublic,
    requestSignInCode: isPublic,
    requestSignInLink: isPublic,
    signInWithCode: isPublic,
    redeemMagicLink: isPublic,
    setPassword: isPublic,
    signOut: isSignedIn,
    changePassword: isSignedIn,
    updateMyProfile: isSignedIn,
  },
  Viewer: {
    id: isPublic,
    email: isPublic,
    name: isPublic,
    language: isPublic,
    userTypes: isPublic,
    sections: isPublic,
    isAdmin: isPublic,
    actingAdmin: isPublic,
    readOnly: isPublic,
  },
  ActingAdmin: { name: isPublic, email: isPublic },
  SignInCodeRequest: { retryAfterSeconds: isPublic },
  SetPasswordLink: { email: isPublic },
};
