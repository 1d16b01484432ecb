/* global window, document, URLSearchParams, URL, fetch, Worker, indexedDB */
// Runs in the head, before the first paint and while the app's scripts download. A file, not an inline
// script: the CSP allows no inline code.
(function () {
  var params = new URLSearchParams(window.location.search);
  // The theme a screen was set to (?theme= or the saved choice), so the loading shell and the app never
  // flash the other theme.
  try {
    var asked = params.get('theme');
    var saved = JSON.parse(window.localStorage.getItem('zerobay-ui') || '{}');
    // Every theme src/lib/palette.ts knows (THEMES): a wall set to ink must not flash navy first.
    var known = ['dark', 'light', 'ink'];
    var theme = known.indexOf(asked) >= 0 ? asked : saved && saved.state && saved.state.theme;
    if (known.indexOf(theme) >= 0) document.documentElement.dataset.theme = theme;
  } catch {
    /* no storage (private mode): the default theme */
  }
  // The worker that checks config.json and the answers (named in the page by the build) starts now, so
  // its schemas are built by the time config.json arrives. The app takes it over (src/data/parse-runner.ts);
  // one that failed to start is left, and the app starts its own or checks on the main thread.
  try {
    var hint = document.querySelector('meta[name="zerobay-parse-worker"]');
    if (hint && typeof Worker !== 'undefined') {
      var early = {
        worker: new Worker(hint.content, { type: 'module', name: 'zerobay-parse' }),
        failed: false,
      };
      early.worker.addEventListener('error', function () {
        early.failed = true;
      });
      window.__zerobayParseWorker = early;
    }
  } catch {
    /* the app starts the worker itself */
  }
  // The last good answers kept in IndexedDB (src/app/query-persistence.ts) are read now, while the app's
  // scripts download, so a reload can paint them in its first render. Only read: the app checks them
  // against its schemas before use. A first visit creates nothing here (the upgrade is abandoned).
  try {
    if (typeof indexedDB !== 'undefined')
      window.__zerobayKept = new Promise(function (resolve, reject) {
        var open = indexedDB.open('zerobay');
        open.onupgradeneeded = function () {
          open.transaction.abort();
        };
        open.onerror = function () {
          resolve(undefined);
        };
        open.onsuccess = function () {
          var db = open.result;
          try {
            var get = db
              .transaction('kept-answers', 'readonly')
              .objectStore('kept-answers')
              .get('query-cache');
            get.onsuccess = function () {
              db.close();
              resolve(get.result);
            };
            get.onerror = function () {
              db.close();
              reject(get.error);
            };
          } catch (e) {
            db.close();
            reject(e);
          }
        };
      });
    // Marked as handled: the app reads the store again when this read failed.
    if (window.__zerobayKept) window.__zerobayKept.catch(function () {});
  } catch {
    /* the app reads the kept answers itself */
  }
  // The deployed config.json is requested now rather than after the scripts have run: the app then knows
  // its API at once and asks for the data. A `?config=` page checks its URL first (src/main.tsx), so it
  // is not requested here.
  try {
    if (params.has('config') || !document.currentScript) return;
    var url = new URL('config.json', document.currentScript.src).href;
    var response = fetch(url, { cache: 'no-store' });
    // Marked as handled: a failure is reported by the app when it reads this answer, not as a stray error.
    response.catch(function () {});
    window.__zerobayConfig = { url: url, response: response };
  } catch {
    /* no fetch: the app requests config.json itself */
  }
})();
