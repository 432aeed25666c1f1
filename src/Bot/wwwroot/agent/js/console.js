// The agent console: header (status, load), the live queue, the chat pane and the side panel's socket.
// Everything live comes from /hubs/console; after any reconnection the page resyncs from the REST API.

import { ApiError, createApi, message } from './api.js';
import { createHub } from './hub.js';
import { el, statuses, statusLabel, teamLabel } from './format.js';
import { classify, renderQueue, tickQueue } from './queue.js';
import { ChatPane } from './chat.js';
import { PanelHost } from './panel-host.js';

const api = createApi();
const state = {
  user: null,
  me: null,
  queue: { offers: [], queued: [], mine: [] },
  selectedId: null,
  unread: new Map(),
};
const chat = new ChatPane(document.getElementById('cc-chat'), {
  get me() { return state.me; },
  api,
  onAccept: accept,
  onDecline: decline,
  onClose: close,
  onSend: send,
});
let hub = null;
let panel = null;
let resyncTimer = null;

const raise = (name, detail) => document.dispatchEvent(new CustomEvent(name, { detail }));

// ---------- notices ----------
function notice(text, kind = 'error') {
  const box = document.getElementById('cc-notice');
  document.getElementById('cc-notice-text').textContent = text;
  box.dataset.kind = kind;
  box.hidden = false;
}
document.getElementById('cc-notice-close').addEventListener('click', () => { document.getElementById('cc-notice').hidden = true; });

// ---------- header ----------
function renderMe() {
  const me = state.me;
  document.getElementById('cc-agent-name').textContent = me.name || state.user.name;
  document.getElementById('cc-agent-team').textContent = `Equipe ${teamLabel(me.team)}`;
  const select = document.getElementById('cc-status');
  if (!select.options.length) {
    select.append(...statuses.map(s => el('option', { value: s.value }, s.label)));
    select.addEventListener('change', () => changeStatus(select.value));
  }
  select.value = String(me.status || '').toLowerCase();
  select.disabled = false;
  select.dataset.status = select.value;
  const cap = Number(me.cap) || 0;
  const load = Number(me.load) || 0;
  document.getElementById('cc-load-text').textContent = `Conversas: ${load} de ${cap}`;
  const meter = document.getElementById('cc-load');
  meter.max = Math.max(cap, 1);
  meter.high = Math.max(cap, 1);
  meter.low = Math.max(cap - 1, 0);
  meter.value = load;
  raise('cc:me-changed', me);
}

async function changeStatus(value) {
  const previous = state.me.status;
  try {
    const answer = await api.put('/api/console/me/status', { status: value });
    state.me = { ...state.me, ...(answer && typeof answer === 'object' ? answer : {}), status: (answer && answer.status) || value };
    renderMe();
    notice(`Status alterado para ${statusLabel(state.me.status)}.`, 'info');
  } catch (error) {
    state.me.status = previous;
    renderMe();
    notice(message(error));
  }
}

async function reloadMe() {
  state.me = await api.get('/api/console/me');
  renderMe();
}

// ---------- queue ----------
function render() {
  renderQueue(state.queue, { selectedId: state.selectedId, unread: state.unread, onSelect: select, onAccept: accept, onDecline: decline });
  const offers = state.queue.offers.length;
  document.title = (offers ? `(${offers}) ` : '') + 'Console do atendente · ContactCentre';
}

async function reloadQueue() {
  const queue = await api.get('/api/console/queue');
  state.queue = { offers: queue.offers || [], queued: queue.queued || [], mine: queue.mine || [] };
  render();
  // Watch my conversations so their new lines reach me (unread markers) even when not selected.
  if (hub && hub.connection.state === 'Connected') {
    for (const s of state.queue.mine.concat(state.queue.offers)) watch(s.id);
  }
}

/** Many hub events in a burst end in one REST resync (the source of truth). */
function scheduleResync() {
  clearTimeout(resyncTimer);
  resyncTimer = setTimeout(() => reloadQueue().catch(() => {}), 400);
}

function upsert(summary) {
  const before = ['offers', 'queued', 'mine'].find(k => state.queue[k].some(s => s.id === summary.id));
  const previous = before && state.queue[before].find(s => s.id === summary.id);
  for (const kind of ['offers', 'queued', 'mine']) state.queue[kind] = state.queue[kind].filter(s => s.id !== summary.id);
  const kind = classify(summary, state.me);
  if (kind) {
    state.queue[kind] = [...state.queue[kind], summary];
    if (kind === 'offers' && before !== 'offers') announce(`Nova oferta: ${summary.customerName || 'cliente'}.`);
    // A new last line on a conversation I am not looking at: at least one unread (transcriptAppended counts them exactly).
    if (kind !== 'queued' && summary.id !== state.selectedId && previous && summary.lastText && previous.lastText !== summary.lastText) {
      state.unread.set(summary.id, Math.max(state.unread.get(summary.id) || 0, 1));
    }
  }
  render();
}

function announce(text) {
  const live = document.getElementById('cc-live');
  live.dataset.announce = text;
  live.setAttribute('aria-label', text);
}

const watched = new Set();
function watch(conversationId) {
  if (!hub || watched.has(conversationId) || hub.connection.state !== 'Connected') return;
  watched.add(conversationId);
  hub.connection.invoke('Watch', conversationId).catch(() => watched.delete(conversationId));
}

// ---------- selection ----------
async function select(conversationId) {
  state.selectedId = conversationId;
  state.unread.delete(conversationId);
  render();
  if (!conversationId) {
    chat.dispose();
    history.replaceState(null, '', '/agent');
    panel.mount(null, null);
    raise('cc:conversation-selected', { conversationId: null });
    return;
  }
  try {
    const [detail, transcript] = await Promise.all([
      api.get(`/api/console/conversations/${encodeURIComponent(conversationId)}`),
      api.get(`/api/console/conversations/${encodeURIComponent(conversationId)}/transcript`),
    ]);
    if (state.selectedId !== conversationId) return; // another click won meanwhile
    chat.show(detail, transcript || []);
    watch(conversationId);
    history.replaceState(null, '', `/agent?c=${encodeURIComponent(conversationId)}`);
    panel.mount(conversationId, detail);
    raise('cc:conversation-selected', { conversationId });
  } catch (error) {
    notice(message(error));
    if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
      state.selectedId = null;
      render();
    }
  }
}

async function refreshSelected() {
  const id = state.selectedId;
  if (!id || !chat.detail || chat.endedMessage) return; // a closed one is no longer mine to read
  const [detail, entries] = await Promise.all([
    api.get(`/api/console/conversations/${encodeURIComponent(id)}`),
    api.get(`/api/console/conversations/${encodeURIComponent(id)}/transcript?after=${chat.lastSeq}`),
  ]);
  if (state.selectedId !== id) return;
  chat.append(entries || []);
  chat.update(detail);
  panel.update(detail);
}

// ---------- actions ----------
async function accept(conversationId) {
  try {
    const detail = await api.post(`/api/console/conversations/${encodeURIComponent(conversationId)}/accept`);
    upsert(detail);
    // Already open: update in place (re-showing would drop what the agent started typing).
    if (state.selectedId === conversationId && chat.detail && chat.detail.id === conversationId) {
      chat.update(detail);
      panel.update(detail);
      await refreshSelected().catch(() => {});
    } else {
      await select(conversationId);
    }
    reloadMe().catch(() => {});
  } catch (error) {
    notice(message(error));
    await reloadQueue().catch(() => {});
    if (state.selectedId === conversationId) await refreshSelected().catch(() => select(null));
  }
}

async function decline(conversationId) {
  try {
    await api.post(`/api/console/conversations/${encodeURIComponent(conversationId)}/decline`);
    notice('Oferta recusada: a conversa segue para outro atendente da equipe.', 'info');
    if (state.selectedId === conversationId) await select(null);
  } catch (error) {
    notice(message(error));
  }
  await reloadQueue().catch(() => {});
}

async function close(conversationId) {
  try {
    await api.post(`/api/console/conversations/${encodeURIComponent(conversationId)}/close`);
    chat.ended('Atendimento encerrado. O assistente virtual voltou à conversa e pediu a avaliação do cliente.');
    raise('cc:conversation-closed', { conversationId });
    notice('Atendimento encerrado.', 'info');
  } catch (error) {
    notice(message(error));
  }
  await Promise.all([reloadQueue(), reloadMe()]).catch(() => {});
}

async function send(conversationId, body) {
  try {
    await api.post(`/api/console/conversations/${encodeURIComponent(conversationId)}/messages`, body);
    // The hub brings the line too; fetching it here keeps the pane right when the hub is reconnecting.
    const entries = await api.get(`/api/console/conversations/${encodeURIComponent(conversationId)}/transcript?after=${chat.lastSeq}`);
    if (state.selectedId === conversationId) chat.append(entries || []);
    return true;
  } catch (error) {
    notice(message(error));
    return false;
  }
}

// ---------- hub ----------
function connectHub() {
  hub = createHub({
    onState: (value, text) => {
      const live = document.getElementById('cc-live');
      live.dataset.state = value;
      live.textContent = text;
    },
    onConnected: async again => {
      watched.clear(); // groups are per connection: join them again
      await Promise.all([reloadQueue(), reloadMe()]).catch(error => notice(message(error)));
      if (state.selectedId) {
        watch(state.selectedId);
        if (again) await refreshSelected().catch(() => {});
      }
    },
  });
  const c = hub.connection;
  c.on('queueChanged', summary => {
    upsert(summary);
    if (summary.id === state.selectedId) refreshSelected().catch(() => {});
    scheduleResync();
  });
  c.on('transcriptAppended', ({ conversationId, entry }) => {
    if (conversationId === state.selectedId && chat.detail && chat.detail.id === conversationId) {
      chat.append([entry]);
    } else if (String(entry.kind).toLowerCase() === 'inbound' && ['offers', 'mine'].some(k => state.queue[k].some(s => s.id === conversationId))) {
      state.unread.set(conversationId, (state.unread.get(conversationId) || 0) + 1);
      render();
    }
    raise('cc:transcript-appended', { conversationId, entry });
  });
  c.on('conversationChanged', detail => {
    if (detail.id === state.selectedId && chat.detail && chat.detail.id === detail.id) {
      chat.update(detail);
      panel.update(detail);
    }
    raise('cc:conversation-changed', detail);
    scheduleResync();
  });
  c.on('agentChanged', change => {
    if (change.agentId === state.me.agentId) {
      state.me = { ...state.me, ...change };
      renderMe();
    }
  });
  window.contactCentreConsole.hub = c;
  return hub.start();
}

// ---------- panel events ----------
document.addEventListener('cc:compose', event => {
  if (!chat.compose(event.detail.text, event.detail.replace)) notice('Assuma a conversa para usar esta resposta.', 'info');
});
document.addEventListener('cc:open-conversation', event => select(event.detail.conversationId));

async function onPanelChange(kind, data) {
  if (kind === 'conversation-started' && data && data.conversationId) {
    await reloadQueue().catch(() => {});
    await select(data.conversationId);
    return;
  }
  await Promise.all([reloadQueue(), reloadMe()]).catch(() => {});
  if (kind === 'transfer') {
    notice('Conversa transferida.', 'info');
    await select(null);
    return;
  }
  await refreshSelected().catch(() => {});
}

// ---------- start ----------
async function start() {
  window.contactCentreConsole = { api, hub: null, get me() { return state.me; }, get selected() { return state.selectedId; } };
  try {
    state.user = await api.get('/api/auth/me');
  } catch (error) {
    notice(message(error));
    return;
  }
  if (['supervisor', 'manager'].includes(String(state.user.role).toLowerCase())) {
    document.getElementById('cc-supervisor-link').hidden = false;
  }
  api.antiforgery().then(token => { document.querySelector('#cc-signout input[name=__RequestVerificationToken]').value = token; }).catch(() => {});
  try {
    await reloadMe();
  } catch (error) {
    document.getElementById('cc-agent-name').textContent = state.user.name || 'Console do atendente';
    notice(error instanceof ApiError && (error.status === 404 || error.status === 403)
      ? 'Seu usuário não tem registro de atendente: use a visão de supervisão.'
      : message(error));
    return;
  }
  panel = new PanelHost(document.getElementById('cc-panel'), { api, get hub() { return hub && hub.connection; }, me: () => state.me, onChange: onPanelChange });
  setInterval(tickQueue, 1000);
  await reloadQueue().catch(error => notice(message(error)));
  connectHub(); // the connection object exists at once (the panel gets it); it starts in the background
  await panel.load();
  panel.mount(state.selectedId, state.selectedId ? chat.detail : null);
  const initial = new URLSearchParams(location.search).get('c');
  if (initial) await select(initial);
}

start();
