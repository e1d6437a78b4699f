import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError } from '../../core/errors.js';
import type { User } from '../users/user.entity.js';
import type { Language } from '@portal/shared';

export const NAME_MAX_LENGTH = 120;

/** BAD_USER_INPUT for `name`: a reason code for the SPA, an English sentence for people. */
function nameRejected(reason: string, message: string): InvalidInputError {
  return new InvalidInputError('name', reason, `${message}.`);
}

/** The user's own name and language (the profile screen); absent values stay as they are. */
export async function updateProfile(
  em: EntityManager,
  user: User,
  changes: { name?: string | null; language?: Language | null },
): Promise<User> {
  if (changes.name !== undefined && changes.name !== null) {
    const name = changes.name.replace(/\s+/g, ' ').trim();
    if (name.length === 0) throw nameRejected('EMPTY', 'the name must not be empty');
    if ([...name].length > NAME_MAX_LENGTH) throw nameRejected('TOO_LONG', `the name must have at most ${NAME_MAX_LENGTH} characters`);
    user.name = name;
  }
  if (changes.language) user.language = changes.language;
  await em.flush();
  return user;
}
