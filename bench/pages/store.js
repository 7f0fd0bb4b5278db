/**
 * The answer store of the benchmark's own renderers (SurveyJS's and the plain-JS one): one
 * IndexedDB record per page, the whole answer object, written with one put per change. Loaded
 * first in <head> so that reading the stored answers starts while the other scripts load, as
 * Tự soi starts its reads at once. The page's <html data-store-key> names its record.
 */
(() => {
  const DATABASE = 'tu-soi-bench';
  const STORE = 'answers';
  const key = document.documentElement.dataset.storeKey;

  const opening = new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE);
      request.result.createObjectStore('baselines');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  const stored = opening.then(
    (db) =>
      new Promise((resolve, reject) => {
        const request = db.transaction(STORE).objectStore(STORE).get(key);
        request.onsuccess = () => resolve(request.result ?? {});
        request.onerror = () => reject(request.error);
      }),
  );

  /** Writes the answers; marks 'bench:committed' once the transaction has completed. */
  const save = async (answers) => {
    const db = await opening;
    const tx = db.transaction(STORE, 'readwrite');
    tx.objectStore(STORE).put(answers, key);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
    performance.mark('bench:committed');
  };

  globalThis.benchStore = { stored, save };
})();
