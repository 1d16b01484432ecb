/* global window, document, URLSearchParams, URL, fetch, Worker, indexedDB */
// Runs in the head, before the first paint and while the app's scripts download. A file, not an inline
// script: the CSP allows no inline code.
(function () {
  var params = new URLSearchParams(window.location.search);
  // The deployed config.json is requested first thing rather than after the scripts have run: the app then
  // knows its API at once and asks for the data, and a kept headline can be painted as soon as it is
  // here. index.html preloads it, so this request takes the answer already on its way (the same URL,
  // mode and cache mode: a `no-store` fetch would not match the preload and would ask again). A
  // `?config=` page checks its URL first (src/main.tsx), so it is not requested here.
  try {
    if (!params.has('config') && document.currentScript) {
      var url = new URL('config.json', document.currentScript.src).href;
      var response = fetch(url, { cache: 'no-cache' });
      // Marked as handled: a failure is reported by the app when it reads this answer, not as a stray error.
      response.catch(function () {});
      window.__zerobayConfig = { url: url, response: response };
      paintKeptHeadline(response);
    }
  } catch {
    /* no fetch: the app requests config.json itself */
  }

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
  // A hash of a text (FNV-1a, 32 bits): enough to tell one config.json from another.
  function hash(text) {
    var h = 0x811c9dc5;
    for (var i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16);
  }

  // The overview's headline figures as the app last painted them from fresh answers
  // (src/data/kept-headline.ts), painted now as text, with the date they describe and when they were
  // fetched, so that a reload shows them before the app's scripts have run; the app's first render replaces
  // them. Only for the same config.json, address and language: figures of another source are never shown.
  function paintKeptHeadline(response) {
    var kept = null;
    try {
      var ui = JSON.parse(window.localStorage.getItem('zerobay-ui') || '{}');
      var lang = (ui && ui.state && ui.state.lang) || 'zh';
      kept = JSON.parse(window.localStorage.getItem('zerobay-kept-headline') || 'null');
      if (
        !kept ||
        kept.v !== 1 ||
        kept.lang !== lang ||
        kept.path !== window.location.pathname ||
        kept.search !== window.location.search
      )
        kept = null;
    } catch {
      kept = null;
    }
    // When there is a headline to paint, the app's code waits for this before it runs (src/app/paint-first.ts):
    // evaluating it is one long task, and a paint queued behind it came 190 ms later.
    var settle = function () {};
    if (kept)
      window.__zerobayHeadline = new Promise(function (resolve) {
        settle = resolve;
      });
    response
      .then(function (r) {
        return r.ok ? r.clone().text() : null;
      })
      .then(function (text) {
        if (text === null) return settle();
        var config = hash(text);
        // For the app, which keeps it with the figures it paints.
        window.__zerobayConfigHash = config;
        if (!kept || kept.config !== config) return settle();
        // At once when the loading shell is parsed (it usually is by the time config.json is here): a paint
        // queued for the end of parsing would wait behind the app's scripts, which run in that same task.
        if (document.readyState !== 'loading' || document.querySelector('#root > .boot-shell')) {
          paint(kept);
          settle();
        } else
          document.addEventListener('readystatechange', function once() {
            document.removeEventListener('readystatechange', once);
            paint(kept);
            settle();
          });
      })
      .catch(function () {
        settle();
      });
  }

  function build(node, depth) {
    if (
      depth > 12 ||
      !node ||
      typeof node.t !== 'string' ||
      !/^(div|p|span|section|header|h2|strong|ul|li)$/.test(node.t)
    )
      return null;
    var el = document.createElement(node.t);
    if (typeof node.c === 'string') el.className = node.c;
    // Under another name: the app's own render is the one tests and tools look for.
    if (typeof node.id === 'string') el.setAttribute('data-kept-testid', node.id);
    if (typeof node.x === 'string') el.textContent = node.x;
    if (typeof node.g === 'number' && node.g > 0) el.style.flexGrow = String(node.g);
    if (Array.isArray(node.k))
      for (var i = 0; i < node.k.length; i++) {
        var child = build(node.k[i], depth + 1);
        if (child) el.appendChild(child);
      }
    return el;
  }

  function paint(kept) {
    var shell = document.querySelector('#root > .boot-shell');
    var scripts = document.querySelectorAll('script[type="module"][src]');
    var ids = [];
    for (var i = 0; i < scripts.length; i++) ids.push(scripts[i].src);
    // The app has rendered already (its figures stand), or the figures were laid out by another build.
    if (!shell || !ids.length || ids.join(' ') !== kept.build) return;
    var row = build(kept.row, 0);
    if (!row) return;
    var box = document.createElement('div');
    box.className = 'page overview kept-headline';
    box.setAttribute('data-testid', 'kept-headline');
    box.setAttribute('aria-busy', 'true');
    var note = document.createElement('p');
    note.className = 'kept-headline-note';
    note.textContent = '⚠ ' + String(kept.note);
    box.appendChild(note);
    box.appendChild(row);
    shell.replaceWith(box);
  }
})();
