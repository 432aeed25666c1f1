// The supervisor view: teams, agents (status, load), queue lengths, longest wait, offers about to time out,
// conversations per channel. Live: hub events trigger a refetch (debounced); times tick every second.

import { createApi, message } from './api.js';
import { createHub } from './hub.js';
import { channelBadge, channelInfo, el, formatDuration, formatTime, lower, secondsUntil, statusLabel, teamLabel } from './format.js';
import { countdownText } from './queue.js';

const api = createApi();
let view = null;
let fetchedAt = 0;
let timer = null;

function notice(text) {
  document.getElementById('cc-notice-text').textContent = text;
  document.getElementById('cc-notice').hidden = false;
}
document.getElementById('cc-notice-close').addEventListener('click', () => { document.getElementById('cc-notice').hidden = true; });

const waited = seconds => formatDuration((seconds || 0) + (Date.now() - fetchedAt) / 1000);

function team(t) {
  const available = (t.agents || []).filter(a => lower(a.status) === 'available').length;
  return el('section', { class: 'cc-card', 'aria-labelledby': `cc-team-${t.team}`, dataset: { team: t.team } },
    el('h3', { id: `cc-team-${t.team}` }, `Equipe ${teamLabel(t.team)}`),
    el('div', { class: 'cc-team-figures' },
      el('span', {}, el('strong', { class: 'cc-team-queued' }, String(t.queued ?? 0)), ' na fila'),
      el('span', {}, 'maior espera ', el('strong', { class: 'cc-team-wait', dataset: { seconds: t.longestWaitSeconds || 0 } },
        t.queued ? waited(t.longestWaitSeconds) : '—')),
      el('span', {}, el('strong', {}, String(available)), ' disponíveis')),
    el('table', { class: 'cc-table' },
      el('caption', { class: 'cc-sr' }, `Atendentes da equipe ${teamLabel(t.team)}`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Atendente'), el('th', { scope: 'col' }, 'Status'), el('th', { scope: 'col' }, 'Carga'))),
      el('tbody', {}, (t.agents || []).map(a => el('tr', { dataset: { agentId: a.agentId } },
        el('td', {}, a.name || a.agentId),
        el('td', {}, el('span', { class: 'cc-badge', dataset: { status: lower(a.status) } }, statusLabel(a.status))),
        el('td', {}, el('meter', { min: 0, max: Math.max(a.cap || 1, 1), value: a.load || 0, 'aria-label': `${a.load || 0} de ${a.cap}` }), ` ${a.load || 0}/${a.cap ?? '–'}`))))));
}

const agentName = id => ((view.teams || []).flatMap(t => t.agents || []).find(a => a.agentId === id) || {}).name || id;

function render() {
  const teams = view.teams || [];
  document.getElementById('cc-teams').replaceChildren(...teams.map(team));
  document.getElementById('cc-total-queued').textContent = String(teams.reduce((n, t) => n + (t.queued || 0), 0));
  document.getElementById('cc-available').textContent = String(teams.flatMap(t => t.agents || []).filter(a => lower(a.status) === 'available').length);
  const offers = view.offersTimingOut || [];
  document.getElementById('cc-timing-out-count').textContent = String(offers.length);
  document.getElementById('cc-timing-out').replaceChildren(...(offers.length
    ? offers.map(item => item.conversation || item).map(o => el('li', { class: 'cc-item cc-item--offers' },
      channelBadge(o.channel), ' ', el('strong', {}, o.customerName || 'Cliente'), ' → ', agentName(o.holderAgentId) || o.holder || '',
      ' ', el('span', { class: 'cc-rules' }, (o.ruleIds || []).map(id => el('span', { class: 'cc-rule' }, id))),
      el('div', { class: 'cc-countdown', dataset: { deadline: o.offerDeadline }, role: 'timer' }, countdownText(o.offerDeadline))))
    : [el('li', { class: 'cc-list-empty' }, 'Nenhuma oferta perto do prazo.')]));
  const channels = Object.entries(view.perChannel || {});
  document.getElementById('cc-channels').replaceChildren(...(channels.length
    ? channels.map(([name, count]) => el('li', { dataset: { channel: name } }, channelBadge(name), ` ${channelInfo(name).label}: `, el('strong', {}, String(count))))
    : [el('li', { class: 'cc-list-empty' }, 'Nenhuma conversa aberta.')]));
  tick();
}

function tick() {
  if (!view) return;
  const longest = Math.max(0, ...(view.teams || []).filter(t => t.queued).map(t => t.longestWaitSeconds || 0));
  const anyQueued = (view.teams || []).some(t => t.queued);
  document.getElementById('cc-longest-wait').textContent = anyQueued ? waited(longest) : '—';
  for (const node of document.querySelectorAll('.cc-team-wait')) {
    if (node.textContent !== '—') node.textContent = waited(Number(node.dataset.seconds));
  }
  for (const node of document.querySelectorAll('.cc-countdown[data-deadline]')) {
    node.textContent = countdownText(node.dataset.deadline);
    node.classList.toggle('is-urgent', secondsUntil(node.dataset.deadline) <= 20);
  }
}

async function refresh() {
  try {
    view = await api.get('/api/console/supervisor');
    fetchedAt = Date.now();
    render();
    document.getElementById('cc-updated').textContent = `Atualizado às ${formatTime(new Date().toISOString())}.`;
  } catch (error) {
    notice(message(error));
  }
}

function scheduleRefresh() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 300);
}

async function start() {
  try {
    const user = await api.get('/api/auth/me');
    document.getElementById('cc-user').textContent = `${user.name} · ${user.role === 'manager' ? 'gerente' : 'supervisor'}`;
  } catch (error) {
    notice(message(error));
    return;
  }
  api.antiforgery().then(token => { document.querySelector('#cc-signout input[name=__RequestVerificationToken]').value = token; }).catch(() => {});
  await refresh();
  setInterval(tick, 1000);
  const hub = createHub({
    onState: (value, text) => {
      const live = document.getElementById('cc-live');
      live.dataset.state = value;
      live.textContent = text;
    },
    onConnected: async again => { if (again) await refresh(); },
  });
  for (const name of ['supervisorChanged', 'agentChanged', 'queueChanged', 'conversationChanged']) hub.connection.on(name, scheduleRefresh);
  window.contactCentreSupervisor = { api, hub: hub.connection, get view() { return view; } };
  hub.start();
}

start();
