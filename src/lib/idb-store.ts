/**
 * One IndexedDB object store as an async string store (the shape TanStack's async persister takes).
 * Our own few lines rather than a library: it sits in the first screen's bundle, which has a budget.
 * A failed open is retried on the next call; a refused write (a full disk: QuotaExceededError) rejects.
 */
export function idbStore(dbName: string, storeName: string) {
  let db: Promise<IDBDatabase> | null = null;
  const request = (version?: number) =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(dbName, version);
      req.onupgradeneeded = () => req.result.createObjectStore(storeName);
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  // A database someone else created without our store (opened by name before the app ever saved): one
  // version up, with the store.
  const withStore = (d: IDBDatabase) => {
    if (d.objectStoreNames.contains(storeName)) return d;
    d.close();
    return request(d.version + 1);
  };
  const open = () =>
    (db ??= request()
      .then(withStore)
      .catch((e: unknown) => {
        db = null;
        throw e;
      }));
  const run = <T>(mode: IDBTransactionMode, act: (store: IDBObjectStore) => IDBRequest<T>) =>
    open().then(
      (d) =>
        new Promise<T>((resolve, reject) => {
          const tx = d.transaction(storeName, mode);
          const req = act(tx.objectStore(storeName));
          tx.oncomplete = () => resolve(req.result);
          tx.onerror = tx.onabort = () => reject(tx.error ?? req.error);
        }),
    );
  return {
    getItem: (key: string) => run<string | undefined>('readonly', (s) => s.get(key)),
    setItem: (key: string, value: string) => run('readwrite', (s) => s.put(value, key)).then(() => {}),
    removeItem: (key: string) => run('readwrite', (s) => s.delete(key)).then(() => {}),
  };
}
