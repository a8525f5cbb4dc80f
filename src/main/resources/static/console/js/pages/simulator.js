// 聊天模拟器: the resident's chat (signed, encrypted XML through the real portal, via /simulator/send) with
// the sandbox outbox beside it — what the WeChat API would have delivered later.
import { h, clear, card, time, every } from '../ui.js';

const POLL_MS = 3000;
const maskOpenid = (id) => (id && id.length > 8 ? id.substring(0, 6) + '…' + id.substring(id.length - 2) : id);
const CHANNELS = { text: '客服消息', menu: '自定义菜单', mass: '群发' };
const channelName = (c) => CHANNELS[c] || (c && c.startsWith('template') ? '模板消息' : c);
// a menu or a mass send goes to no one resident: its "to" is already words ("标签“楼长”（12 人）")
const recipient = (m) => (m.channel === 'menu' || m.channel === 'mass' ? m.openid : maskOpenid(m.openid));
const SAMPLE_PLACE = { latitude: 34.7466, longitude: 113.6253 };

export async function render(root) {
  const chat = h('div', { class: 'chat', id: 'sim-chat', 'aria-live': 'polite' });
  const text = h('input', { id: 'sim-text', autocomplete: 'off', maxlength: '2000',
    placeholder: '像居民一样输入，例如：垃圾分类有哪几类？' });
  const openid = h('input', { id: 'sim-openid', value: sessionStorage.getItem('sim-openid') || 'o-sim-resident-01' });
  const outbox = h('ol', { class: 'outbox-list', id: 'sim-outbox' });
  const mineOnly = h('input', { type: 'checkbox', id: 'sim-mine', checked: true });

  function bubble(kind, content, title) {
    const div = h('div', { class: 'msg ' + kind, title }, content);
    chat.appendChild(div);
    chat.scrollTop = chat.scrollHeight;
  }

  async function send(message, shown) {
    sessionStorage.setItem('sim-openid', openid.value);
    bubble('me', shown);
    try {
      const response = await fetch('/simulator/send', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'same-origin',
        body: JSON.stringify(Object.assign({ openid: openid.value }, message))
      });
      const result = await response.json();
      if (result.status !== 200) bubble('sys', '公众号接口返回 ' + result.status);
      else if (result.reply) bubble('bot', result.reply, '耗时 ' + result.latencyMs + ' 毫秒');
      else bubble('sys', '（公众号没有立即回复，稍后的消息会出现在发件箱）');
    } catch (e) {
      bubble('sys', '发送失败：' + e.message);
    }
    refresh();
  }

  async function refresh() {
    try {
      const q = mineOnly.checked ? '?openid=' + encodeURIComponent(openid.value) : '';
      const response = await fetch('/simulator/outbox' + q, { credentials: 'same-origin' });
      if (!response.ok) return;
      const items = await response.json();
      clear(outbox);
      if (!items.length) outbox.appendChild(h('li', { class: 'muted' }, '发件箱是空的。'));
      items.forEach((m) => outbox.appendChild(h('li', {},
        h('div', { class: 'meta' }, time(m.at) + ' · ' + channelName(m.channel) + (mineOnly.checked ? '' : ' · ' + recipient(m))),
        h('div', { class: 'text' }, m.text))));
    } catch (e) { /* the outbox is a convenience; the chat keeps working */ }
  }

  const form = h('form', { id: 'sim-form', onsubmit: (e) => {
    e.preventDefault();
    const value = text.value.trim();
    if (!value) return;
    text.value = '';
    send({ kind: 'text', text: value }, value);
  } }, text, h('button', { type: 'submit', class: 'primary', id: 'sim-send' }, '发送'));

  const tool = (label, id, action) => h('button', { type: 'button', id, onclick: action }, label);
  const tools = h('div', { class: 'tools' },
    tool('关注', 'sim-subscribe', () => send({ kind: 'event', event: 'subscribe' }, '[关注公众号]')),
    tool('发照片', 'sim-photo', () => send({ kind: 'image' }, '[照片]')),
    tool('发位置', 'sim-location', () => {
      const label = text.value.trim() || '文化路与青年路交叉口';
      text.value = '';
      send(Object.assign({ kind: 'location', label }, SAMPLE_PLACE), '[位置] ' + label);
    }),
    tool('发语音', 'sim-voice', () => {
      const said = text.value.trim() || '人民公园北门的路灯坏了';
      text.value = '';
      send({ kind: 'voice', text: said }, '[语音] ' + said);
    }),
    h('label', {}, '居民 openid ', openid));

  root.append(
    h('h1', {}, '聊天模拟器'),
    h('p', { class: 'muted' }, '在这里以居民身份发消息：模拟器生成微信服务器会发来的签名加密报文，走真实的接口；'
      + '“发位置”“发语音”使用输入框里的文字作为地点名称或语音识别结果。'),
    h('div', { class: 'sim' },
      h('section', { class: 'phone', 'aria-label': '居民聊天' },
        h('div', { class: 'title' }, '区文明办 · 创城服务号'), chat, form, tools),
      card('沙箱发件箱', h('p', { class: 'muted' }, '微信接口本应送达居民的消息（通知、工单进度、延迟的回复）。'),
        h('label', { class: 'check' }, mineOnly, '只看当前居民'), outbox)));
  mineOnly.addEventListener('change', refresh);
  bubble('sys', '在下方输入，就像居民在微信里发消息');
  refresh();
  const stop = every(POLL_MS, refresh);
  return () => stop();
}
