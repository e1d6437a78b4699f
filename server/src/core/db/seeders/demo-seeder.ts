import type { EntityManager } from '@mikro-orm/postgresql';

/** Placeholder until the seeder lands: seeds nothing. */
export async function seedDemoDataOnce(
  _em: EntityManager,
  _options: { storageDir: string },
): Promise<{ milliseconds: number } | null> {
  return null;
}
