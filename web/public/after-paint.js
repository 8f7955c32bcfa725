// Starts a server-rendered page's scripts once the page has been painted (see
// server/src/http/page-html.ts): the page is whole without them, so a phone's first bytes and first
// frame go to the content, and the app then loads and hydrates it. data-modules lists the scripts,
// the entry first; the others are preloaded so that they download side by side, not one after another.
(function () {
  var script = document.currentScript;
  var modules = ((script && script.getAttribute('data-modules')) || '').split(' ').filter(Boolean);

  // Until the app takes over, a press on a button that only scripts can answer (type="button") is
  // noted, and the app presses it again once the page is hydrated (web/src/app/early-choices.ts).
  var pressed = [];
  function note(event) {
    var button = event.target instanceof Element ? event.target.closest('button[type="button"]') : null;
    if (button) pressed.push(button);
  }
  document.addEventListener('click', note, true);
  window.gciEarlyPresses = {
    take: function () {
      document.removeEventListener('click', note, true);
      return pressed.splice(0);
    },
  };

  function load() {
    modules.slice(1).forEach(function (href) {
      var link = document.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      document.head.appendChild(link);
    });
    var entry = document.createElement('script');
    entry.type = 'module';
    entry.crossOrigin = '';
    entry.src = modules[0];
    document.head.appendChild(entry);
  }
  // the frame after the next one: the page has been painted by then
  requestAnimationFrame(function () {
    setTimeout(load, 0);
  });
})();
