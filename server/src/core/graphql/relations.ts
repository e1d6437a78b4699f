import type { Collection, Ref } from '@mikro-orm/postgresql';

// Relations are loaded through MikroORM's dataloader: every load of one tick becomes one query.

export function loadOne<T extends object>(relation: Ref<T>): Promise<T> {
  return relation.loadOrFail({ dataloader: true }) as Promise<T>;
}

export async function loadOptional<T extends object>(relation: Ref<T> | null): Promise<T | null> {
  return relation ? (((await relation.load({ dataloader: true })) as T | undefined) ?? null) : null;
}

export async function loadMany<T extends object>(collection: Collection<T>): Promise<T[]> {
  return (await collection.load({ dataloader: true })).getItems();
}
