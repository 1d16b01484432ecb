import type { Page } from '@playwright/test';

export interface Kept {
  chars: number;
  keys: string[];
}

/** The kept cache as the app wrote it to IndexedDB (src/app/query-persistence.ts). */
export async function readKept(page: Page): Promise<Kept | null> {
  const text = await page.evaluate(
    () =>
      new Promise<string | null>((resolve, reject) => {
        const open = indexedDB.open('zerobay');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('kept-answers')) {
            db.close();
            return resolve(null);
          }
          const get = db
            .transaction('kept-answers', 'readonly')
            .objectStore('kept-answers')
            .get('query-cache');
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            db.close();
            resolve((get.result as string | undefined) ?? null);
          };
        };
      }),
  );
  if (text === null) return null;
  const parsed = JSON.parse(text) as { clientState: { queries: Array<{ queryKey: unknown[] }> } };
  return { chars: text.length, keys: parsed.clientState.queries.map((q) => String(q.queryKey[0])).sort() };
}

/** Every report-date resource, as kept after a good load of the whole plan. */
export const ALL_KEPT = ['indicators', 'plan', 'projects', 'tasks', 'units', 'workItems'];
