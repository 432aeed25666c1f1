// The chat pane: who the customer is and where the conversation stands, why it came here (routing rules and
// transitions), the full transcript, and the composer (free text, or WhatsApp templates outside the 24-hour window).

import { channelBadge, channelInfo, el, formatTime, lower, teamLabel } from './format.js';
import { countdownText } from './queue.js';
import { renderEntry, roleOf } from './transcript.js';
import { templatePicker, watchWindow } from './whatsapp.js';

const holderLabels = { bot: 'assistente virtual', offered: 'oferecida', agent: 'com atendente', queued: 'na fila', closed: 'encerrada' };
export const holderLabel = holder => holderLabels[lower(holder)] || holder || '—';

/** How the selected conversation relates to the signed-in agent. */
export function relation(detail, me) {
  const holder = lower(detail.holder);
  const mine = detail.holderAgentId === me.agentId;
  if (holder === 'offered' && mine) return 'offered';
  if (holder === 'agent' && mine) return 'mine';
  if (holder === 'queued' && lower(detail.team) === lower(me.team)) return 'queued';
  return 'other';
}

export class ChatPane {
  constructor(container, context) {
    this.container = container;
    this.context = context; // { me, api, onAccept, onDecline, onClose, onSend }
    this.entries = new Map();
    this.detail = null;
    this.window = null;
    this.mode = 'text';
    this.closing = false;
  }

  show(detail, entries) {
    // Showing the same conversation again (a resync) keeps the agent's unsent draft.
    const draft = this.detail && this.detail.id === detail.id ? this.composer.querySelector('#cc-message')?.value : null;
    this.dispose();
    this.entries.clear();
    this.detail = detail;
    this.closing = false;
    this.endedMessage = null;
    this.head = el('header', { class: 'cc-chat-head' });
    this.routing = el('section', { class: 'cc-routing', 'aria-labelledby': 'cc-routing-h' });
    this.windowBox = el('div', { class: 'cc-window', role: 'status', hidden: true });
    this.list = el('ol', { class: 'cc-transcript', 'aria-live': 'polite', 'aria-label': 'Histórico da conversa' });
    this.composer = el('div', { class: 'cc-composer-box' });
    this.container.replaceChildren(this.head, this.routing, this.windowBox, this.list, this.composer);
    this.append(entries);
    this.update(detail);
    const box = this.composer.querySelector('#cc-message');
    if (draft && box) box.value = draft;
    this.scrollToEnd();
    if (lower(detail.channel) === 'whatsapp') {
      this.window = watchWindow(this.windowBox, detail.id, this.context.api, (mode, view) => {
        this.mode = mode;
        this.windowView = view;
        this.renderComposer();
        this.scrollToEnd();
      });
    }
  }

  get lastSeq() {
    let max = 0;
    for (const seq of this.entries.keys()) max = Math.max(max, seq);
    return max;
  }

  /** Adds or replaces lines by sequence (a resync and a hub event may bring the same line; a status update replaces it). */
  append(entries) {
    let customerWrote = false;
    const atEnd = this.list.scrollHeight - this.list.scrollTop - this.list.clientHeight < 80;
    for (const entry of entries) {
      const node = renderEntry(entry, this.context.me);
      const existing = this.entries.get(entry.seq);
      if (existing) {
        existing.node.replaceWith(node);
      } else {
        const after = [...this.entries.values()].filter(e => e.entry.seq > entry.seq).sort((a, b) => a.entry.seq - b.entry.seq)[0];
        if (after) this.list.insertBefore(node, after.node); else this.list.append(node);
        customerWrote ||= roleOf(entry) === 'customer';
      }
      this.entries.set(entry.seq, { entry, node });
    }
    // Follow new lines unless the agent scrolled up to read the history.
    if (entries.length && atEnd) this.scrollToEnd();
    // A customer's message reopens WhatsApp's window.
    if (customerWrote && this.window) this.window.refresh();
  }

  scrollToEnd() {
    requestAnimationFrame(() => { this.list.scrollTop = this.list.scrollHeight; });
  }

  update(detail) {
    this.detail = detail;
    this.renderHead();
    this.renderRouting();
    this.renderComposer();
  }

  renderHead() {
    const d = this.detail;
    const channel = channelInfo(d.channel);
    const rel = relation(d, this.context.me);
    const actions = el('div', { class: 'cc-chat-actions' });
    if (rel === 'offered') {
      actions.append(
        el('button', { type: 'button', class: 'cc-button cc-button--primary', onclick: () => this.context.onAccept(d.id) }, 'Aceitar'),
        el('button', { type: 'button', class: 'cc-button', onclick: () => this.context.onDecline(d.id) }, 'Recusar'));
    } else if (rel === 'queued') {
      actions.append(el('button', { type: 'button', class: 'cc-button cc-button--primary', onclick: () => this.context.onAccept(d.id) }, 'Assumir'));
    } else if (rel === 'mine') {
      if (this.closing) {
        actions.append(
          el('span', { class: 'cc-confirm-text' }, 'Encerrar e devolver ao assistente?'),
          el('button', { type: 'button', class: 'cc-button cc-button--danger', onclick: () => this.context.onClose(d.id) }, 'Sim, encerrar'),
          el('button', { type: 'button', class: 'cc-button', onclick: () => { this.closing = false; this.renderHead(); } }, 'Cancelar'));
      } else {
        actions.append(el('button', { type: 'button', class: 'cc-button cc-button--danger', onclick: () => { this.closing = true; this.renderHead(); } }, 'Encerrar'));
      }
    }
    const state = [`${channel.label}`, holderLabel(d.holder)];
    if (d.team) state.push(`equipe ${teamLabel(d.team)}`);
    this.head.replaceChildren(
      el('div', { class: 'cc-chat-title' },
        channelBadge(d.channel),
        el('div', {},
          el('h2', { id: 'cc-chat-h' }, d.customerName || 'Cliente não identificado'),
          el('p', { class: 'cc-muted' }, state.join(' · '),
            rel === 'offered' && d.offerDeadline ? [' · ', el('span', { class: 'cc-countdown', dataset: { deadline: d.offerDeadline }, role: 'timer' }, countdownText(d.offerDeadline))] : null))),
      actions);
  }

  renderRouting() {
    const d = this.detail;
    const decisions = d.decisions || [];
    const latest = decisions[decisions.length - 1] || { ruleIds: d.ruleIds, explanation: d.explanation, reason: d.reason, target: null, at: null };
    const rules = el('span', { class: 'cc-rules' }, (latest.ruleIds || []).map(id => el('span', { class: 'cc-rule' }, id)));
    const history = el('details', { class: 'cc-history' },
      el('summary', {}, `Histórico: ${decisions.length} decisão(ões), ${(d.transitions || []).length} transição(ões)`),
      el('h4', {}, 'Decisões de roteamento'),
      el('ol', { class: 'cc-decisions' }, decisions.map(x => el('li', {},
        el('time', { datetime: x.at }, formatTime(x.at)), ' ',
        el('span', { class: 'cc-rules' }, (x.ruleIds || []).map(id => el('span', { class: 'cc-rule' }, id))), ' ',
        x.target ? el('strong', {}, `→ ${x.target}`) : null, ' ',
        x.explanation || x.reason || ''))),
      el('h4', {}, 'Transições'),
      el('ol', { class: 'cc-transitions' }, (d.transitions || []).map(t => el('li', {},
        el('time', { datetime: t.at }, formatTime(t.at)), ` ${holderLabel(t.from)} → ${holderLabel(t.to)}`,
        t.by ? ` · por ${t.by}` : '', t.why ? ` · ${t.why}` : ''))));
    this.routing.replaceChildren(
      el('h3', { id: 'cc-routing-h' }, 'Por que esta conversa veio para cá'),
      el('p', { class: 'cc-explanation' }, rules, ' ', latest.explanation || latest.reason || 'Sem decisão de roteamento registrada.'),
      latest.reason && latest.explanation ? el('p', { class: 'cc-muted' }, `Motivo: ${latest.reason}`) : null,
      history);
  }

  renderComposer() {
    const rel = relation(this.detail, this.context.me);
    if (rel !== 'mine' && this.endedMessage) {
      this.composer.replaceChildren(el('p', { class: 'cc-composer-off' }, this.endedMessage));
      return;
    }
    if (rel !== 'mine') {
      const why = rel === 'offered' ? 'Aceite a oferta para responder ao cliente.'
        : rel === 'queued' ? 'Assuma a conversa para responder ao cliente.'
          : 'Esta conversa não está com você.';
      this.composer.replaceChildren(el('p', { class: 'cc-composer-off' }, why));
      return;
    }
    if (this.mode === 'template') {
      this.composer.replaceChildren(templatePicker(this.windowView, body => this.send(body)));
      return;
    }
    if (this.composer.querySelector('#cc-message')) return; // keep what the agent is typing
    const text = el('textarea', {
      id: 'cc-message', name: 'text', rows: 2, required: true,
      placeholder: 'Escreva ao cliente — Enter envia, Shift+Enter quebra a linha',
      'aria-label': 'Mensagem para o cliente',
    });
    const form = el('form', { class: 'cc-composer' }, text,
      el('button', { type: 'submit', class: 'cc-button cc-button--primary' }, 'Enviar'));
    text.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const value = text.value.trim();
      if (!value) return;
      if (await this.send({ text: value })) {
        text.value = '';
        text.focus();
      }
    });
    this.composer.replaceChildren(form);
  }

  async send(body) {
    const controls = this.composer.querySelectorAll('button, textarea, select');
    controls.forEach(c => { c.disabled = true; });
    try {
      return await this.context.onSend(this.detail.id, body);
    } finally {
      controls.forEach(c => { c.disabled = false; });
    }
  }

  /** Canned replies (cc:compose) put text in the composer; the agent still sends it. */
  compose(text, replace) {
    const box = this.composer.querySelector('#cc-message');
    if (!box) return false;
    box.value = replace || !box.value ? text : `${box.value}\n${text}`;
    box.focus();
    return true;
  }

  /** The agent closed it: the pane stays readable, and says so even when later updates arrive. */
  ended(message) {
    this.endedMessage = message;
    this.closing = false;
    this.detail = { ...this.detail, holder: 'bot', holderAgentId: null };
    this.renderHead();
    this.renderComposer();
  }

  dispose() {
    if (this.window) this.window.dispose();
    this.window = null;
    this.mode = 'text';
    this.windowView = null;
  }
}
