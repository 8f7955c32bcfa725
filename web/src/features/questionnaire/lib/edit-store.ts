import type { QueuedEdit } from './queue-logic.ts';

/**
 * Where unsent edits wait: IndexedDB, else localStorage, else memory only (the page then warns
 * that closing it would lose them). Only unsent edits are kept, and only until the server confirms
 * them or the user signs out (ASVS V14.3.1, V14.3.3).
 */
export type StorageKind = 'indexeddb' | 'local_storage' | 'memory';

export interface EditStore {
  kind: StorageKind;
  list(): Promise<QueuedEdit[]>;
  put(edit: QueuedEdit): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
}

const DB_NAME = 'gci-offline';
const STORE = 'pending-edits';
const LOCAL_KEY = 'gci.pendingEdits';

const done = <T>(request: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });

function openDatabase(): Promise<IDBDatabase> {
  const request = indexedDB.open(DB_NAME, 1);
  request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
  // Some private modes never answer: give up after a while rather than hang the page.
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('IndexedDB did not open')), 3000));
  return Promise.race([done(request), timeout]).then((db) => {
    if (!db.objectStoreNames.contains(STORE)) throw new Error('IndexedDB store missing');
    return db;
  });
}

function indexedDbStore(db: IDBDatabase): EditStore {
  const run = <T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>) => done(action(db.transaction(STORE, mode).objectStore(STORE)));
  return {
    kind: 'indexeddb',
    list: () => run('readonly', (store) => store.getAll() as IDBRequest<QueuedEdit[]>),
    put: async (edit) => void (await run('readwrite', (store) => store.put(edit))),
    remove: async (id) => void (await run('readwrite', (store) => store.delete(id))),
    clear: async () => void (await run('readwrite', (store) => store.clear())),
  };
}

function localStorageStore(): EditStore {
  const read = (): Record<string, QueuedEdit> => JSON.parse(localStorage.getItem(LOCAL_KEY) ?? '{}') as Record<string, QueuedEdit>;
  const write = (all: Record<string, QueuedEdit>) => localStorage.setItem(LOCAL_KEY, JSON.stringify(all));
  return {
    kind: 'local_storage',
    list: () => Promise.resolve(Object.values(read())),
    put: (edit) => Promise.resolve(write({ ...read(), [edit.id]: edit })),
    remove: (id) => {
      const { [id]: _removed, ...rest } = read();
      return Promise.resolve(write(rest));
    },
    clear: () => Promise.resolve(localStorage.removeItem(LOCAL_KEY)),
  };
}

export function memoryStore(): EditStore {
  const all = new Map<string, QueuedEdit>();
  return {
    kind: 'memory',
    list: () => Promise.resolve([...all.values()]),
    put: (edit) => Promise.resolve(void all.set(edit.id, edit)),
    remove: (id) => Promise.resolve(void all.delete(id)),
    clear: () => Promise.resolve(all.clear()),
  };
}

function localStorageWorks(): boolean {
  try {
    localStorage.setItem(`${LOCAL_KEY}.probe`, '1');
    localStorage.removeItem(`${LOCAL_KEY}.probe`);
    return true;
  } catch {
    return false;
  }
}

let opened: Promise<EditStore> | null = null;

/** The best store this browser offers, opened once per page. */
export function openEditStore(): Promise<EditStore> {
  opened ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      return indexedDbStore(await openDatabase());
    } catch {
      return localStorageWorks() ? localStorageStore() : memoryStore();
    }
  })();
  return opened;
}

/** How many edits of this user wait on this device (for the warning before sign-out). */
export async function countPendingEdits(userId: string): Promise<number> {
  const edits = await (await openEditStore()).list();
  return edits.filter((edit) => edit.userId === userId).length;
}

/** Removes every queued edit from this device (at sign-out), in both persistent stores. */
export async function clearPendingEdits(): Promise<void> {
  await (await openEditStore()).clear();
  if (localStorageWorks()) localStorage.removeItem(LOCAL_KEY);
}
