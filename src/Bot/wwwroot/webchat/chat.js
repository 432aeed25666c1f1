/*
 * The customer's web chat page: the official Web Chat bundle (lib/webchat.js) on our Direct Line endpoint.
 * The token comes from POST /api/webchat/token (the secret stays on the server) and is kept in
 * sessionStorage, so a reload resumes the same conversation: the stored token is refreshed and Web Chat
 * reconnects with it; the stream replays the conversation so far.
 * Query options: ?embed=1 (inside the embed snippet's frame), ?polling=1 (no WebSocket).
 */
(function () {
  'use strict';

  var STORAGE_KEY = 'contactcentre.webchat.session';
  var base = new URL('.', window.location.href);
  var domain = new URL('v3/directline', base).href;
  var params = new URLSearchParams(window.location.search);
  // The visitor's language goes with every message (activity.locale); the bot picks pt-BR, pt-PT or English from it.
  // ?locale=en-US on the page (or the embedding site) overrides the browser's.
  var locale = params.get('locale') || navigator.language || 'pt-BR';
  var embedded = params.get('embed') === '1';
  var polling = params.get('polling') === '1';

  var styleOptions = {
    accent: '#0b5c8f',
    primaryFont: '"Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
    backgroundColor: '#ffffff',
    bubbleBackground: '#eef3f7',
    bubbleBorderRadius: 14,
    bubbleBorderWidth: 0,
    bubbleFromUserBackground: '#0b5c8f',
    bubbleFromUserTextColor: '#ffffff',
    bubbleFromUserBorderRadius: 14,
    bubbleFromUserBorderWidth: 0,
    botAvatarInitials: 'CC',
    botAvatarBackgroundColor: '#f2a900',
    userAvatarInitials: 'EU',
    userAvatarBackgroundColor: '#07405f',
    hideUploadButton: false,
    uploadAccept: 'image/*,.pdf,.doc,.docx,.xls,.xlsx,.txt',
    uploadMultiple: true,
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#0b5c8f',
    suggestedActionTextColor: '#0b5c8f',
    suggestedActionBorderRadius: 999,
    suggestedActionHeight: 36,
    sendBoxButtonColor: '#0b5c8f',
    sendBoxPlaceholderColor: '#6b7a89',
    typingAnimationDuration: 5000,
    timestampFormat: 'absolute'
  };

  function load() {
    try {
      return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      /* storage off (private mode): the chat still works, it just won't survive a reload */
    }
  }

  function describe(answer) {
    return {
      conversationId: answer.conversationId,
      token: answer.token,
      expiresAt: Date.now() + (answer.expires_in || 1800) * 1000
    };
  }

  function newSession() {
    return fetch(new URL('api/webchat/token', base).href, { method: 'POST', credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error('token ' + response.status);
      }
      return response.json();
    }).then(describe);
  }

  /* A stored token still valid is refreshed (proving it is ours and not expired); otherwise a new conversation. */
  function session() {
    var stored = load();
    if (!stored || !stored.token || stored.expiresAt < Date.now() + 10000) {
      return newSession();
    }
    return fetch(domain + '/tokens/refresh', {
      method: 'POST',
      headers: { Authorization: 'Bearer ' + stored.token }
    }).then(function (response) {
      return response.ok ? response.json().then(describe) : newSession();
    }, newSession);
  }

  function showIntro(store) {
    var intro = document.getElementById('cc-intro');
    intro.hidden = false;
    intro.addEventListener('click', function (event) {
      var text = event.target && event.target.getAttribute('data-say');
      if (text) {
        store.dispatch({ type: 'WEB_CHAT/SEND_MESSAGE', payload: { text: text } });
      }
    });
  }

  function hideIntro() {
    document.getElementById('cc-intro').hidden = true;
  }

  function fail(message) {
    var target = document.getElementById('webchat');
    target.innerHTML = '';
    var p = document.createElement('p');
    p.className = 'cc-error';
    p.textContent = message;
    target.appendChild(p);
  }

  function start(current) {
    save(current);
    var directLine = window.WebChat.createDirectLine({ domain: domain, token: current.token, webSocket: !polling });

    // Direct Line refreshes its token every 15 minutes; keep the newest one for the next reload.
    window.setInterval(function () {
      if (directLine.token && directLine.token !== current.token) {
        current = { conversationId: current.conversationId, token: directLine.token, expiresAt: Date.now() + 1800 * 1000 };
        save(current);
      }
    }, 30000);

    var seen = false;
    var store = window.WebChat.createStore({}, function () {
      return function (next) {
        return function (action) {
          if (!seen && (action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' || action.type === 'DIRECT_LINE/POST_ACTIVITY')) {
            seen = true;
            hideIntro();
          }
          return next(action);
        };
      };
    });

    window.WebChat.renderWebChat({ directLine: directLine, store: store, locale: locale, styleOptions: styleOptions }, document.getElementById('webchat'));
    // For support and the browser test: the Web Chat store (transcript, send status) and the connection.
    window.contactCentreWebChat = { store: store, directLine: directLine, conversationId: current.conversationId };
    window.setTimeout(function () {
      if (!seen) {
        showIntro(store);
      }
    }, 1500);
    document.querySelector('#webchat').focus();
  }

  if (embedded) {
    document.body.classList.add('cc-embedded');
    var close = document.getElementById('cc-close');
    close.hidden = false;
    close.addEventListener('click', function () {
      window.parent.postMessage({ type: 'contactcentre:webchat:close' }, '*');
    });
  }

  if (!window.WebChat) {
    fail('Não foi possível carregar o chat. Tente novamente em instantes.');
    return;
  }

  session().then(start, function () {
    fail('Não foi possível iniciar o atendimento. Verifique sua conexão e recarregue a página.');
  });
})();
