/* global window, document, URLSearchParams */
// Runs before the first paint: the theme a screen was set to (?theme= or the saved choice), so the loading
// shell and the app never flash the other theme. A file, not an inline script: the CSP allows no inline code.
(function () {
  try {
    var asked = new URLSearchParams(window.location.search).get('theme');
    var saved = JSON.parse(window.localStorage.getItem('zerobay-ui') || '{}');
    var theme = asked === 'light' || asked === 'dark' ? asked : saved && saved.state && saved.state.theme;
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  } catch {
    /* no storage (private mode): the default theme */
  }
})();
