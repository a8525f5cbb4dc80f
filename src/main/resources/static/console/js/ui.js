// Small DOM helpers. Everything shown is set as text, never as HTML, so residents' words cannot run as code.

/** h('div', {class: 'x', onclick: fn}, 'text', child, [more]) */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([key, value]) => {
    if (value === undefined || value === null || value === false) return;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2), value);
    } else if (key === 'dataset') {
      Object.assign(el.dataset, value);
    } else if (key === 'value' || key === 'checked' || key === 'selected' || key === 'disabled') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  });
  append(el, children);
  return el;
}

function append(el, children) {
  children.forEach((child) => {
    if (child === undefined || child === null || child === false) return;
    if (Array.isArray(child)) append(el, child);
    else el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

let toastTimer;
/** A short message at the bottom of the screen; kind 'error' shows it in red. */
export function toast(message, kind) {
  const box = document.getElementById('toast');
  box.textContent = message;
  box.className = 'toast show' + (kind ? ' ' + kind : '');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { box.className = 'toast'; }, kind === 'error' ? 6000 : 3000);
}

/** Runs an action from a button: disables it meanwhile, shows success or the error. */
export async function act(button, work, success) {
  if (button) button.disabled = true;
  try {
    const result = await work();
    if (success) toast(success);
    return result;
  } catch (e) {
    toast(e.message || String(e), 'error');
    return undefined;
  } finally {
    if (button) button.disabled = false;
  }
}

/** Times are Beijing time, formatted in one place (labels.js); re-exported for the pages that take it from here. */
export { time } from './labels.js';

export function percent(rate, digits = 1) {
  if (rate === null || rate === undefined || isNaN(rate)) return '—';
  return (rate * 100).toFixed(digits) + '%';
}

export function hours(h) {
  if (h === null || h === undefined || isNaN(h)) return '—';
  if (h < 1) return Math.round(h * 60) + ' 分钟';
  if (h < 48) return h.toFixed(1) + ' 小时';
  return (h / 24).toFixed(1) + ' 天';
}

export function number(n) {
  if (n === null || n === undefined) return '—';
  return Number(n).toLocaleString('zh-CN');
}

/** A labelled form field. */
export function field(label, input, hint) {
  return h('label', { class: 'field' }, h('span', { class: 'label' }, label), input,
    hint ? h('small', { class: 'hint' }, hint) : null);
}

export function select(name, options, value) {
  return h('select', { name, id: name },
    options.map(([v, text]) => h('option', { value: v, selected: String(v) === String(value ?? '') }, text)));
}

/** A titled card. */
export function card(title, ...children) {
  return h('section', { class: 'card' }, title ? h('h2', {}, title) : null, ...children);
}

export function empty(text) {
  return h('p', { class: 'empty' }, text);
}

/** A page that could not load: says why, in a sentence. */
export function failure(root, error) {
  clear(root).appendChild(h('div', { class: 'card error-card' }, h('h2', {}, '页面暂时无法显示'),
    h('p', {}, error && error.message ? error.message : String(error))));
}

// ---- polling that lets an unattended console sign itself out

/** Polling stops after this long without a click, key or touch, so the 30-minute session idle time-out works. */
export const IDLE_MS = 20 * 60 * 1000;
let lastActivity = Date.now();
['click', 'keydown', 'touchstart'].forEach((type) =>
  document.addEventListener(type, () => { lastActivity = Date.now(); }, { capture: true, passive: true }));

/**
 * Calls fn every ms while the tab is visible and someone has used the console in the last IDLE_MS; returns
 * a function that stops it. Coming back to a hidden tab refreshes at once.
 */
export function every(ms, fn) {
  const tick = () => {
    if (!document.hidden && Date.now() - lastActivity < IDLE_MS) fn();
  };
  const timer = setInterval(tick, ms);
  const onVisible = () => { if (!document.hidden) tick(); };
  document.addEventListener('visibilitychange', onVisible);
  return () => {
    clearInterval(timer);
    document.removeEventListener('visibilitychange', onVisible);
  };
}

// ---- dates and times typed the same way in every browser (type=datetime-local shows mm/dd/yyyy in English ones)

const DATE_TIME = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*[T\s]\s*|\s+)(\d{1,2})[:：](\d{2})\s*$/;
export const DATE_TIME_HINT = '时间格式：年-月-日 时:分，如 2026-12-05 09:30。';

/** "2026/12/5 9:30", "2026-12-05T09:30" → "2026-12-05T09:30" (local time); '' → ''; else throws in Chinese. */
export function localDateTime(text) {
  if (!text || !String(text).trim()) return '';
  const m = DATE_TIME.exec(String(text));
  const [y, mo, d, hh, mi] = m ? m.slice(1).map(Number) : [];
  const date = m ? new Date(y, mo - 1, d, hh, mi) : null;
  if (!date || date.getMonth() !== mo - 1 || date.getDate() !== d || hh > 23 || mi > 59) throw new Error(DATE_TIME_HINT);
  return y + '-' + pad(mo) + '-' + pad(d) + 'T' + pad(hh) + ':' + pad(mi);
}

/** A text field for a date and time in the office's format; value may be "2026-12-05T09:30". */
export function dateTimeInput(id, value, attrs) {
  return h('input', Object.assign({ id, type: 'text', inputmode: 'numeric', autocomplete: 'off', maxlength: '16',
    placeholder: '如 2026-12-05 09:30', title: DATE_TIME_HINT, value: (value || '').replace('T', ' ') }, attrs || {}));
}
