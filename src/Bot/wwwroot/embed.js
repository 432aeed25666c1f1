/*
 * ContactCentre web chat for any site, in one line:
 *   <script src="https://YOUR-HOST/embed.js" async></script>
 * Optional attributes: data-title="Fale conosco", data-color="#0b5c8f", data-position="left", data-open="true".
 * It adds a floating button that opens the chat page of YOUR-HOST in a frame (the chat's own styles and
 * session stay inside it; the conversation survives page reloads in the same tab).
 */
(function () {
  'use strict';

  var script = document.currentScript || (function () {
    var all = document.getElementsByTagName('script');
    for (var i = all.length - 1; i >= 0; i--) {
      if (/\/embed\.js(\?|$)/.test(all[i].src)) {
        return all[i];
      }
    }
    return null;
  })();
  if (!script || window.__contactCentreWebChat) {
    return;
  }
  window.__contactCentreWebChat = true;

  var origin = new URL(script.src, window.location.href);
  var chatUrl = new URL('./?embed=1', origin).href;
  var title = script.getAttribute('data-title') || 'Fale conosco';
  var color = script.getAttribute('data-color') || '#0b5c8f';
  var side = script.getAttribute('data-position') === 'left' ? 'left' : 'right';
  var OPEN_KEY = 'contactcentre.webchat.open';

  var css = [
    '.cc-embed-button{position:fixed;bottom:20px;' + side + ':20px;z-index:2147483000;width:60px;height:60px;border:0;border-radius:50%;',
    'background:' + color + ';color:#fff;box-shadow:0 6px 18px rgba(0,0,0,.25);cursor:pointer;display:grid;place-items:center}',
    '.cc-embed-button:focus-visible{outline:3px solid #f2a900;outline-offset:2px}',
    '.cc-embed-frame{position:fixed;bottom:92px;' + side + ':20px;z-index:2147483000;width:380px;height:600px;max-width:calc(100vw - 40px);',
    'max-height:calc(100vh - 112px);border:0;border-radius:14px;background:#fff;box-shadow:0 12px 32px rgba(0,0,0,.28)}',
    '@media (max-width:480px){.cc-embed-frame{bottom:0;' + side + ':0;width:100vw;height:100vh;max-width:none;max-height:none;border-radius:0}}'
  ].join('');

  var style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);

  var button = document.createElement('button');
  button.type = 'button';
  button.className = 'cc-embed-button';
  button.setAttribute('aria-label', title);
  button.setAttribute('aria-expanded', 'false');
  button.title = title;
  button.innerHTML = '<svg width="28" height="28" viewBox="0 0 24 24" aria-hidden="true" fill="currentColor">' +
    '<path d="M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H8l-4 4V6a2 2 0 0 1 2-2z"/></svg>';

  var frame = null;

  function setOpen(open) {
    if (open && !frame) {
      frame = document.createElement('iframe');
      frame.className = 'cc-embed-frame';
      frame.title = title;
      frame.src = chatUrl;
      frame.allow = 'clipboard-write';
      document.body.appendChild(frame);
    }
    if (frame) {
      frame.hidden = !open;
    }
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    try {
      window.sessionStorage.setItem(OPEN_KEY, open ? '1' : '0');
    } catch (e) {
      /* storage off: the state just isn't remembered */
    }
  }

  button.addEventListener('click', function () {
    setOpen(!frame || frame.hidden);
  });

  window.addEventListener('message', function (event) {
    if (event.origin === origin.origin && event.data && event.data.type === 'contactcentre:webchat:close') {
      setOpen(false);
      button.focus();
    }
  });

  function mount() {
    document.body.appendChild(button);
    var remembered = null;
    try {
      remembered = window.sessionStorage.getItem(OPEN_KEY);
    } catch (e) {
      remembered = null;
    }
    if (remembered === '1' || (remembered === null && script.getAttribute('data-open') === 'true')) {
      setOpen(true);
    }
  }

  if (document.body) {
    mount();
  } else {
    document.addEventListener('DOMContentLoaded', mount);
  }
})();
