// The live queue: offers to me (with a countdown to the deadline), my team's waiting conversations, mine.

import { channelBadge, el, formatDuration, lower, secondsSince, secondsUntil } from './format.js';

/** Which list a summary belongs in, for this agent (null: none of mine any more). */
export function classify(summary, me) {
  const holder = lower(summary.holder);
  const mine = summary.holderAgentId && summary.holderAgentId === me.agentId;
  if (holder === 'offered' && mine) return 'offers';
  if (holder === 'agent' && mine) return 'mine';
  if (holder === 'queued' && lower(summary.team) === lower(me.team)) return 'queued';
  return null;
}

function ruleChips(ruleIds) {
  return el('span', { class: 'cc-rules' }, (ruleIds || []).map(id => el('span', { class: 'cc-rule', title: `Regra ${id}` }, id)));
}

function item(summary, kind, { selectedId, unread, onSelect, onAccept, onDecline }) {
  const count = unread.get(summary.id) || 0;
  const li = el('li', {
    class: `cc-item cc-item--${kind}` + (summary.id === selectedId ? ' is-selected' : '') + (count ? ' is-unread' : ''),
    dataset: { conversationId: summary.id },
  });
  const open = el('button', {
    type: 'button',
    class: 'cc-item-open',
    'aria-current': summary.id === selectedId ? 'true' : null,
    onclick: () => onSelect(summary.id),
  },
  channelBadge(summary.channel),
  el('span', { class: 'cc-item-main' },
    el('span', { class: 'cc-item-name' }, summary.customerName || 'Cliente não identificado'),
    el('span', { class: 'cc-item-last' }, summary.lastText || summary.reason || '')),
  count ? el('span', { class: 'cc-unread', 'aria-label': `${count} nova(s) mensagem(ns)` }, String(count)) : null);
  li.append(open);

  const meta = el('div', { class: 'cc-item-meta' }, ruleChips(summary.ruleIds));
  if (kind === 'offers' && summary.offerDeadline) {
    meta.append(el('span', { class: 'cc-countdown', dataset: { deadline: summary.offerDeadline }, role: 'timer' }, countdownText(summary.offerDeadline)));
  } else if (summary.waitingSince && kind !== 'mine') {
    meta.append(el('span', { class: 'cc-waiting', dataset: { since: summary.waitingSince } }, waitingText(summary.waitingSince)));
  }
  li.append(meta);

  if (kind === 'offers') {
    li.append(el('div', { class: 'cc-item-actions' },
      el('button', { type: 'button', class: 'cc-button cc-button--primary', onclick: () => onAccept(summary.id) }, 'Aceitar'),
      el('button', { type: 'button', class: 'cc-button', onclick: () => onDecline(summary.id) }, 'Recusar')));
  } else if (kind === 'queued') {
    li.append(el('div', { class: 'cc-item-actions' },
      el('button', { type: 'button', class: 'cc-button cc-button--primary', onclick: () => onAccept(summary.id) }, 'Assumir')));
  }
  return li;
}

export function countdownText(deadline) {
  const left = secondsUntil(deadline);
  return left > 0 ? `expira em ${formatDuration(left)}` : 'prazo esgotado';
}

const waitingText = since => `aguardando há ${formatDuration(secondsSince(since))}`;

/**
 * Renders the three lists, keeping the DOM node of every item whose data did not change: a live update elsewhere
 * in the queue must not steal focus or move a button from under the agent's pointer.
 */
export function renderQueue(queue, options) {
  for (const kind of ['offers', 'queued', 'mine']) {
    const list = document.getElementById(`cc-${kind}`);
    const items = queue[kind] || [];
    const previous = new Map([...list.querySelectorAll(':scope > .cc-item')].map(node => [node.dataset.conversationId, node]));
    const nodes = items.map(summary => {
      const key = JSON.stringify([summary, summary.id === options.selectedId, options.unread.get(summary.id) || 0]);
      const existing = previous.get(summary.id);
      if (existing && existing.dataset.key === key) return existing;
      const node = item(summary, kind, options);
      node.dataset.key = key;
      return node;
    });
    if (!nodes.length) nodes.push(el('li', { class: 'cc-list-empty' }, list.dataset.empty));
    // Move only what moved (a node that stays in place keeps its focus).
    nodes.forEach((node, i) => { if (list.children[i] !== node) list.insertBefore(node, list.children[i] || null); });
    while (list.children.length > nodes.length) list.lastElementChild.remove();
    document.getElementById(`cc-count-${kind}`).textContent = String(items.length);
  }
}

/** Once a second: countdowns and waiting times move without re-rendering the lists. */
export function tickQueue() {
  for (const node of document.querySelectorAll('.cc-countdown[data-deadline]')) {
    node.textContent = countdownText(node.dataset.deadline);
    node.classList.toggle('is-urgent', secondsUntil(node.dataset.deadline) <= 20);
  }
  for (const node of document.querySelectorAll('.cc-waiting[data-since]')) {
    node.textContent = waitingText(node.dataset.since);
  }
}
