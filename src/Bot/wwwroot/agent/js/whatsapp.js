// WhatsApp's 24-hour window for the selected conversation: the time left, and outside it a template picker
// instead of free text (WhatsApp refuses free text there, error 63016).

import { el, formatDuration, secondsUntil } from './format.js';

const purposeLabels = {
  'outside-window': 'Retomar contato (fora da janela de 24 h)',
};

export function templateLabel(purpose) {
  if (purposeLabels[purpose]) return purposeLabels[purpose];
  const buttons = /^quick-reply-(\d+)$/.exec(purpose);
  if (buttons) return `Resposta rápida com ${buttons[1]} botão(ões)`;
  return purpose;
}

/**
 * Loads the window and keeps `box` current. Calls onMode('text' | 'template', view) whenever free text
 * becomes allowed or not. Returns { refresh(), dispose() }.
 */
export function watchWindow(box, conversationId, api, onMode) {
  let view = null;
  let mode = null;
  let timer = null;

  function render() {
    if (!view) return;
    const left = view.closesAt ? secondsUntil(view.closesAt) : 0;
    const open = view.open && left > 0;
    box.hidden = false;
    box.dataset.open = String(open);
    box.replaceChildren(open
      ? el('p', {}, el('strong', {}, 'Janela de 24 h do WhatsApp: '), `faltam ${formatDuration(left)}`,
        left < 3600 ? ' — depois só modelos aprovados.' : '.')
      : el('p', {}, el('strong', {}, 'Janela de 24 h encerrada. '),
        'O WhatsApp só aceita modelos aprovados até o cliente escrever de novo.'));
    const next = open ? 'text' : 'template';
    if (next !== mode) {
      mode = next;
      onMode(mode, view);
    }
  }

  async function refresh() {
    try {
      view = await api.get(`/api/channels/whatsapp/conversations/${encodeURIComponent(conversationId)}/window`);
      render();
    } catch {
      box.hidden = false;
      box.replaceChildren(el('p', {}, 'Não foi possível consultar a janela de 24 h do WhatsApp.'));
    }
  }

  timer = setInterval(render, 1000);
  refresh();
  return { refresh, dispose: () => clearInterval(timer), get view() { return view; } };
}

/** The composer's template mode: pick an approved template, fill its text variable, send. */
export function templatePicker(view, onSend) {
  const templates = (view && view.templates) || [];
  if (!templates.length) {
    return el('p', { class: 'cc-template-none' },
      'Nenhum modelo aprovado configurado neste fluxo: não é possível escrever ao cliente até ele mandar uma mensagem.');
  }
  const select = el('select', { id: 'cc-template', name: 'templatePurpose', required: true },
    templates.map(t => el('option', { value: t.purpose }, templateLabel(t.purpose))));
  const text = el('textarea', { id: 'cc-template-text', name: 'text', rows: 2, placeholder: 'Texto da variável {{1}} do modelo (opcional)' });
  const form = el('form', { class: 'cc-template-form', 'aria-label': 'Enviar modelo aprovado' },
    el('label', { for: 'cc-template' }, 'Modelo aprovado'), select,
    el('label', { for: 'cc-template-text' }, 'Texto'), text,
    el('button', { type: 'submit', class: 'cc-button cc-button--primary' }, 'Enviar modelo'));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    await onSend({ templatePurpose: select.value, text: text.value.trim() || undefined });
    text.value = '';
  });
  return form;
}
