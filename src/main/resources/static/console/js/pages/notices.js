// 通知: compose a notice (audience, channel, schedule) and follow each one's delivery figures.
import { get, post } from '../api.js';
import { h, clear, card, empty, field, select, time, act, number, percent, every, dateTimeInput } from '../ui.js';
import { audienceFields, audienceName, instant } from './audience.js';
import { tagsCard } from './tags.js';

const REFRESH_MS = 5000;
const STATUS = { scheduled: '待发送', queuing: '排队中', sending: '发送中', paused: '已暂停', done: '已完成' };
const CHANNELS = [['auto', '自动（48 小时内用客服消息，否则用模板消息）'], ['mass', '群发（每月次数有限）']];
const REASONS = { inactive: '居民已取消关注或长期未互动', 'mass-quota': '群发次数已用完', 'no-route': '没有可用的发送方式',
  43004: '居民已取消关注', 40003: '无效的居民标识', 45009: '当日接口额度已用完', 45015: '超出 48 小时互动窗口',
  45047: '客服消息条数超限' };

function figures(n) {
  const done = n.sent + n.failed;
  return h('div', { class: 'kpis', style: 'margin:8px 0 0' },
    [['排队', n.queued], ['已送达', n.sent], ['失败', n.failed], ['等待居民互动', n.held], ['打开链接', n.opened]]
      .map(([name, v]) => h('div', { class: 'kpi' }, h('div', { class: 'name' }, name), h('div', { class: 'value' }, number(v)))),
    h('div', { class: 'kpi' }, h('div', { class: 'name' }, '进度'),
      h('div', { class: 'value' }, n.queued ? percent(done / n.queued, 0) : '—')));
}

function noticeRow(n, open) {
  const reasons = Object.entries(n.failedByReason || {});
  return h('li', { dataset: { id: n.id }, class: open ? 'open' : '' },
    h('div', { class: 'meta' }, time(n.createdAt) + ' · ' + audienceName(n.audience) + ' · '
      + (n.channel === 'mass' ? '群发' : '自动') + (n.sendAt && n.sendAt > n.createdAt ? ' · 定时 ' + time(n.sendAt) : '')),
    h('div', {}, h('strong', {}, n.title), ' ', h('span', { class: 'badge ' + (n.status === 'done' ? 'resolved' : 'assigned') },
      STATUS[n.status] || n.status)),
    figures(n),
    n.pausedUntil ? h('p', { class: 'muted' }, '暂停至 ' + time(n.pausedUntil) + (n.pausedReason ? '：' + n.pausedReason : '')) : null,
    n.massMsgId ? h('p', { class: 'muted' }, '微信已受理群发' + (n.massMsgId === 'repeat' ? '（此前已提交，未重复发送）' : '（群发编号 ' + n.massMsgId + '）')) : null,
    n.massError ? h('p', { class: 'error' }, '群发未发出：' + n.massError) : null,
    reasons.length ? h('p', { class: 'muted' }, '失败原因：' + reasons.map(([k, v]) => (REASONS[k] || k) + ' ' + v + ' 人').join('；')) : null);
}

export async function render(root, ctx) {
  const focus = ctx.params.get('id');
  const audience = await audienceFields('notice');
  const title = h('input', { id: 'notice-title', maxlength: '60', placeholder: '如 本周六志愿服务活动招募' });
  const body = h('textarea', { id: 'notice-body', placeholder: '正文，语气亲切礼貌，控制在手机一屏内' });
  const link = h('input', { id: 'notice-link', type: 'url', placeholder: 'https://…（可不填）' });
  const channel = select('notice-channel', CHANNELS, 'auto');
  const sendAt = dateTimeInput('notice-at');
  const listBox = h('ol', { class: 'outbox-list', id: 'notice-list' });
  const load = async () => {
    try {
      const recent = await get('/api/admin/notices?count=30');
      clear(listBox);
      if (!recent.length) listBox.appendChild(h('li', {}, empty('还没有发过通知。')));
      recent.forEach((n) => listBox.appendChild(noticeRow(n, n.id === focus)));
    } catch (e) {
      clear(listBox).appendChild(h('li', {}, empty(e.status === 404 ? '通知接口还没有上线。' : e.message)));
    }
  };
  const form = h('form', { class: 'form', id: 'notice-form', onsubmit: async (e) => {
    e.preventDefault();
    const sent = await act(form.querySelector('button[type=submit]'), () => {
      if (!title.value.trim() || !body.value.trim()) throw new Error('请填写标题和正文。');
      return post('/api/admin/notices', { title: title.value.trim(), body: body.value.trim(),
        link: link.value.trim() || null, audience: audience.read(), sendAt: instant(sendAt.value), channel: channel.value });
    }, sendAt.value ? '通知已排期' : '通知已排入发送队列');
    if (sent) { form.reset(); load(); }
  } },
  field('标题', title), field('正文', body), field('链接（可不填）', link, '居民点开的次数会计入“打开链接”'),
  audience.nodes, h('div', { class: 'row' }, field('发送方式', channel), field('定时发送（不填则立即发送）', sendAt)),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary', id: 'notice-send' }, '发送通知')));
  root.append(h('h1', {}, '通知'), h('div', { class: 'two' },
    card('最近的通知', h('p', { class: 'muted' }, '每 5 秒更新一次送达数字。'), listBox),
    h('div', {}, card('发一条通知', form), tagsCard())));
  await load();
  const stop = every(REFRESH_MS, load);
  root.dataset.ready = 'true';
  return () => stop();
}
