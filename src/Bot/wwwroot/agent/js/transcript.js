// One transcript line as the agent sees it: customer, bot, agent, internal note or system event,
// with attachments (images inline, audio and video playable, anything else a link) and WhatsApp delivery status.

import { el, formatTime, lower } from './format.js';

/** customer | bot | agent | note | system */
export function roleOf(entry) {
  const kind = lower(entry.kind);
  if (kind === 'inbound') return 'customer';
  if (kind === 'note') return 'note';
  if (kind === 'event') return 'system';
  return lower(entry.sender) === 'bot' ? 'bot' : 'agent';
}

const roleNames = { customer: 'Cliente', bot: 'Assistente virtual', agent: 'Atendente', note: 'Nota interna', system: 'Sistema' };

const deliveryLabels = {
  pending: { icon: '…', text: 'na fila' },
  queued: { icon: '…', text: 'na fila' },
  accepted: { icon: '…', text: 'na fila' },
  sending: { icon: '…', text: 'enviando' },
  sent: { icon: '✓', text: 'enviada' },
  delivered: { icon: '✓✓', text: 'entregue' },
  read: { icon: '✓✓', text: 'lida' },
  failed: { icon: '⚠', text: 'falhou' },
  undelivered: { icon: '⚠', text: 'não entregue' },
};

function delivery(status) {
  if (!status) return null;
  const value = typeof status === 'string' ? status : (status.status || status.state);
  const code = typeof status === 'object' ? (status.errorCode || status.code) : null;
  const label = deliveryLabels[lower(value)] || { icon: '•', text: value };
  return el('span', { class: `cc-delivery cc-delivery--${lower(value)}`, title: code ? `Erro ${code}` : label.text },
    el('span', { 'aria-hidden': 'true' }, label.icon), ' ', label.text, code ? ` (erro ${code})` : '');
}

function attachment(a) {
  const type = lower(a.contentType);
  const name = a.name || 'anexo';
  if (type.startsWith('image/')) {
    return el('a', { href: a.url, target: '_blank', rel: 'noopener', class: 'cc-attachment cc-attachment--image' },
      el('img', { src: a.url, alt: name, loading: 'lazy' }));
  }
  if (type.startsWith('audio/')) {
    return el('figure', { class: 'cc-attachment cc-attachment--audio' },
      el('audio', { controls: true, preload: 'metadata', src: a.url }),
      el('figcaption', {}, el('a', { href: a.url, download: name }, name)));
  }
  if (type.startsWith('video/')) {
    return el('video', { class: 'cc-attachment', controls: true, preload: 'metadata', src: a.url });
  }
  return el('a', { href: a.url, class: 'cc-attachment cc-attachment--file', target: '_blank', rel: 'noopener', download: name },
    el('span', { class: 'cc-file-icon', 'aria-hidden': 'true' }, 'Arquivo'), ' ', name);
}

export function renderEntry(entry, me) {
  const role = roleOf(entry);
  const own = role === 'agent' && entry.sender === me.agentId;
  const who = own ? 'Você' : (entry.senderName || roleNames[role]);
  const li = el('li', { class: `cc-entry cc-entry--${role}` + (own ? ' is-own' : ''), dataset: { seq: entry.seq, role } });
  if (role === 'system') {
    li.append(el('p', { class: 'cc-event' }, el('time', { datetime: entry.at }, formatTime(entry.at)), ' · ', entry.text || ''));
    return li;
  }
  const bubble = el('div', { class: 'cc-bubble' },
    el('div', { class: 'cc-bubble-head' },
      el('span', { class: 'cc-sender' }, who),
      role === 'bot' ? el('span', { class: 'cc-tag' }, 'bot') : null,
      role === 'note' ? el('span', { class: 'cc-tag' }, 'só a equipe vê') : null,
      el('time', { datetime: entry.at }, formatTime(entry.at))),
    entry.text ? el('p', { class: 'cc-text' }, entry.text) : null,
    (entry.attachments || []).map(attachment),
    delivery(entry.status));
  li.append(bubble);
  return li;
}
