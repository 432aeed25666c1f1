// pt-BR labels and formats shared by the console and the supervisor view.

export const statuses = [
  { value: 'available', label: 'Disponível' },
  { value: 'busy', label: 'Ocupado' },
  { value: 'absent', label: 'Ausente' },
  { value: 'vacation', label: 'Férias' },
  { value: 'offline', label: 'Offline' },
];

export function statusLabel(value) {
  const found = statuses.find(s => s.value === String(value || '').toLowerCase());
  return found ? found.label : String(value || '—');
}

const teams = { sales: 'Vendas', support: 'Suporte', central: 'Central' };
export const teamLabel = team => teams[String(team || '').toLowerCase()] || team || '—';

// Text badges, not emoji: headless and kiosk machines often have no emoji font.
const channels = {
  webchat: { label: 'Web chat', icon: 'Web' },
  whatsapp: { label: 'WhatsApp', icon: 'WA' },
  email: { label: 'E-mail', icon: '@' },
  telegram: { label: 'Telegram', icon: 'TG' },
  test: { label: 'Teste', icon: 'T' },
};
export const channelInfo = channel => channels[String(channel || '').toLowerCase()] || { label: channel || '—', icon: '?' };

/** The channel's badge: short text in the channel's colour, its name for screen readers. */
export const channelBadge = channel => el('span', {
  class: `cc-channel cc-channel--${String(channel || '').toLowerCase()}`, title: channelInfo(channel).label, role: 'img', 'aria-label': channelInfo(channel).label,
}, channelInfo(channel).icon);

const time = new Intl.DateTimeFormat('pt-BR', { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat('pt-BR', { day: '2-digit', month: '2-digit', hour: '2-digit', minute: '2-digit' });

export function formatTime(iso) {
  if (!iso) return '';
  const d = new Date(iso);
  const today = new Date();
  return d.toDateString() === today.toDateString() ? time.format(d) : dateTime.format(d);
}

/** 75 → "1 min 15 s", 3700 → "1 h 01 min". */
export function formatDuration(totalSeconds) {
  const s = Math.max(0, Math.round(totalSeconds));
  if (s < 60) return `${s} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m} min ${String(s % 60).padStart(2, '0')} s`;
  const h = Math.floor(m / 60);
  return `${h} h ${String(m % 60).padStart(2, '0')} min`;
}

export const secondsUntil = iso => (new Date(iso).getTime() - Date.now()) / 1000;
export const secondsSince = iso => (Date.now() - new Date(iso).getTime()) / 1000;

/** Tiny DOM builder: el('div', { class: 'x', onclick: fn }, 'text', child). Text is never parsed as HTML. */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (value === true) node.setAttribute(key, '');
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export const lower = value => String(value ?? '').toLowerCase();
