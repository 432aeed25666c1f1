// The side panel's socket (docs/console-api.md, "Page extension points"): /agent/panel/index.js, when it exists,
// exports mountPanel(element, context). The console works without it.

import { el } from './format.js';

export class PanelHost {
  constructor(element, base) {
    this.element = element;
    this.base = base; // { api, hub, me, onChange }
    this.module = null;
    this.handle = null;
  }

  async load() {
    try {
      this.module = await import('/agent/panel/index.js');
      if (typeof this.module.mountPanel !== 'function') {
        console.error('/agent/panel/index.js does not export mountPanel(element, context).');
        this.module = null;
      }
    } catch (error) {
      // 404 until the panel is installed; a broken panel must not take the console down with it.
      console.info('Side panel not loaded:', error && error.message);
      this.module = null;
    }
  }

  mount(conversationId, conversation) {
    this.unmount();
    if (!this.module) {
      this.element.replaceChildren(el('p', { class: 'cc-muted cc-panel-none' },
        conversationId ? 'Dados do cliente indisponíveis nesta instalação.' : 'Selecione uma conversa para ver os dados do cliente.'));
      return;
    }
    try {
      this.handle = this.module.mountPanel(this.element, { ...this.base, me: this.base.me(), conversationId, conversation }) || null;
    } catch (error) {
      console.error('Side panel failed to mount:', error);
      this.element.replaceChildren(el('p', { class: 'cc-muted' }, 'O painel do cliente falhou ao abrir; a conversa segue normalmente.'));
    }
  }

  update(detail) {
    try {
      if (this.handle && typeof this.handle.update === 'function') this.handle.update(detail);
    } catch (error) {
      console.error('Side panel failed to update:', error);
    }
  }

  unmount() {
    try {
      if (this.handle && typeof this.handle.unmount === 'function') this.handle.unmount();
    } catch (error) {
      console.error('Side panel failed to unmount:', error);
    }
    this.handle = null;
    this.element.replaceChildren();
  }
}
