import { SECTIONS, isUserType, sectionsFor, type Section, type UserType } from '@portal/shared';
import type { User } from '../users/user.entity.js';

/** What a user's types grant: admins every section, customers the union of their types' (shared/). */
export function accessOf(user: Pick<User, 'isAdmin' | 'userTypes'>): { userTypes: UserType[]; sections: Section[] } {
  const userTypes = user.userTypes.filter(isUserType);
  return { userTypes, sections: user.isAdmin ? [...SECTIONS] : sectionsFor(userTypes) };
}
