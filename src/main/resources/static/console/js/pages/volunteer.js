// 志愿活动: the list (upcoming, past); one activity's big check-in code, roster with check-ins and hours,
// the CSV export; #/volunteer/new and #/volunteer/<id>/edit open the form.
import { get, post, put } from '../api.js';
import { h, clear, card, empty, field, time, act, number, every, dateTimeInput, localDateTime } from '../ui.js';
import { beijingInput, fromBeijingInput } from '../labels.js';

const BASE = '/api/admin/volunteer/activities';
const REFRESH_MS = 10000;
const STATUS = { open: '报名中', closed: '已截止', cancelled: '已取消' };
const BADGE = { open: 'resolved', closed: 'accepted', cancelled: 'rejected' };

const path = (id, rest = '') => BASE + '/' + encodeURIComponent(id) + rest;
const span = (a) => time(a.startsAt) + ' – ' + time(a.endsAt).slice(11);
const badge = (a) => h('span', { class: 'badge ' + (BADGE[a.status] || '') }, STATUS[a.status] || a.status);

function table(id, activities) {
  if (!activities.length) return empty('暂无活动。');
  return h('table', { class: 'list cards', id },
    h('thead', {}, h('tr', {}, ['活动', '时间', '地点', '社区', '报名/名额', '候补', '签到', '状态'].map((t) => h('th', {}, t)))),
    h('tbody', {}, activities.map((a) => h('tr', { class: 'clickable', dataset: { id: a.id },
      onclick: (e) => { if (e.target.tagName !== 'A') location.hash = '#/volunteer/' + encodeURIComponent(a.id); } },
    h('td', { 'data-label': '活动' }, h('a', { href: '#/volunteer/' + encodeURIComponent(a.id) }, a.title)),
    h('td', { 'data-label': '时间', class: 'nowrap' }, span(a)),
    h('td', { 'data-label': '地点' }, a.place),
    h('td', { 'data-label': '社区' }, a.community || '—'),
    h('td', { 'data-label': '报名/名额', class: 'num' }, number(a.signedUp) + ' / ' + number(a.quota)),
    h('td', { 'data-label': '候补', class: 'num' }, number(a.waiting)),
    h('td', { 'data-label': '签到', class: 'num' }, number(a.checkedIn)),
    h('td', { 'data-label': '状态' }, badge(a))))));
}

async function list(root) {
  root.appendChild(h('h1', {}, '志愿活动', h('span', { class: 'actions' },
    h('a', { class: 'button primary', href: '#/volunteer/new', id: 'volunteer-new' }, '发布活动'))));
  const upcoming = card('近期活动', h('p', { class: 'muted' }, '正在加载…'));
  const past = card('已结束', h('p', { class: 'muted' }, '正在加载…'));
  root.append(upcoming, past);
  const load = async () => {
    const all = await get(BASE);
    clear(upcoming).append(h('h2', {}, '近期活动'), table('volunteer-upcoming', all.upcoming));
    clear(past).append(h('h2', {}, '已结束'), table('volunteer-past', all.past.slice(0, 50)));
  };
  await load();
  return every(REFRESH_MS, () => load().catch(() => {}));
}

/** A typed date and time, read as Beijing time → ISO 8601 with offset (throws in Chinese when unreadable); and back. */
const iso = (typed) => fromBeijingInput(localDateTime(typed));
const local = beijingInput;

async function form(root, id) {
  const a = id ? await get(path(id)) : {};
  const input = (name, attrs = {}) => h('input', { name, id: 'va-' + name, value: a[name] ?? '', ...attrs });
  const title = input('title', { required: true, maxlength: 40 });
  const description = h('textarea', { name: 'description', id: 'va-description', maxlength: 500, rows: 3 }, a.description || '');
  const place = input('place', { required: true, maxlength: 60 });
  const community = input('community', { maxlength: 30 });
  const startsAt = dateTimeInput('va-startsAt', local(a.startsAt), { required: true });
  const endsAt = dateTimeInput('va-endsAt', local(a.endsAt), { required: true });
  const quota = input('quota', { type: 'number', min: 1, max: 10000, required: true, value: a.quota ?? 20 });
  const needsPhone = h('input', { type: 'checkbox', id: 'va-needsPhone', checked: !!a.needsPhone });
  const organiser = input('organiser', { maxlength: 40 });
  const contact = input('contact', { maxlength: 40 });
  const notes = input('notes', { maxlength: 200, placeholder: '如：年龄18–65岁，会简单急救者优先' });
  const push = h('input', { type: 'checkbox', id: 'va-push' });
  const problems = h('p', { class: 'error', id: 'va-problems', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'primary', id: 'va-submit' }, id ? '保存修改' : '发布');
  const body = () => ({
    title: title.value, description: description.value, place: place.value, community: community.value,
    startsAt: iso(startsAt.value), endsAt: iso(endsAt.value), quota: Number(quota.value), needsPhone: needsPhone.checked,
    organiser: organiser.value, contact: contact.value, notes: notes.value, push: push.checked
  });
  const f = h('form', { class: 'form', id: 'volunteer-form', onsubmit: async (e) => {
    e.preventDefault();
    problems.textContent = '';
    try {
      submit.disabled = true;
      const done = id ? await put(path(id), body()) : await post(BASE, body());
      location.hash = '#/volunteer/' + encodeURIComponent(done.id);
    } catch (err) {
      problems.textContent = (err.body && err.body.detail) || err.message;
    } finally {
      submit.disabled = false;
    }
  } },
  field('标题', title), field('活动介绍', description),
  h('div', { class: 'row' }, field('地点', place), field('社区/网格', community, '该社区的居民会优先看到')),
  h('div', { class: 'row' }, field('开始时间', startsAt), field('结束时间', endsAt)),
  h('div', { class: 'row' }, field('名额', quota), field('组织者', organiser), field('联系人及电话', contact)),
  field('年龄或技能要求（选填）', notes),
  h('label', { class: 'check' }, needsPhone, ' 报名需登记姓名和手机号'),
  id ? h('p', { class: 'muted' }, '修改时间或地点后，已报名和候补的居民都会收到通知。')
    : h('label', { class: 'check' }, push, ' 发布后推送给订阅“志愿活动”的居民'),
  problems, h('div', { class: 'buttons' }, submit, h('a', { class: 'button', href: id ? '#/volunteer/' + id : '#/volunteer' }, '返回')));
  root.append(h('h1', {}, id ? '修改活动' : '发布志愿活动'), card(null, f));
}

function codeCard(a) {
  const big = h('div', { class: 'checkin-code', id: 'checkin-code' }, a.checkInCode);
  const full = h('button', { type: 'button', id: 'checkin-full', onclick: () => {
    const overlay = h('div', { class: 'checkin-overlay', role: 'dialog', 'aria-label': '签到码',
      onclick: () => overlay.remove() },
    h('p', {}, a.title), h('div', { class: 'checkin-code' }, a.checkInCode),
    h('p', {}, '在公众号发送“签到 ' + a.checkInCode + '”完成签到'), h('p', { class: 'muted' }, '点击任意处关闭'));
    document.body.appendChild(overlay);
  } }, '全屏显示');
  return card('现场签到码', big,
    h('p', { class: 'checkin-hint' }, '居民在公众号发送“签到 ' + a.checkInCode + '”即可签到（开始前30分钟至结束）。'),
    h('div', { class: 'buttons' }, full, h('button', { type: 'button', onclick: () => window.print() }, '打印')));
}

function rosterTable(id, people, roster, waiting, reload) {
  if (!people.length) return empty(waiting ? '没有候补。' : '还没有人报名。');
  return h('table', { class: 'list cards', id },
    h('thead', {}, h('tr', {}, ['序号', '姓名', '手机号', '居民', '报名时间', waiting ? '' : '签到', waiting ? '' : '时长（小时）']
      .map((t) => h('th', {}, t)))),
    h('tbody', {}, people.map((p) => {
      const hours = h('input', { type: 'number', min: 0, max: 24, step: 0.5, value: p.hours ?? '', class: 'hours',
        'aria-label': p.no + '号的服务时长' });
      const save = h('button', { type: 'button', class: 'small', onclick: async () => {
        if (await act(save, () => put(path(roster.id, '/roster/' + p.no + '/hours'), { hours: Number(hours.value) }),
          '时长已保存')) reload();
      } }, '保存');
      return h('tr', { dataset: { no: p.no } },
        h('td', { 'data-label': '序号', class: 'num' }, p.no),
        h('td', { 'data-label': '姓名' }, p.name || '—'),
        h('td', { 'data-label': '手机号', class: 'nowrap' }, p.phone || '—'),
        h('td', { 'data-label': '居民', class: 'muted' }, p.resident),
        h('td', { 'data-label': '报名时间', class: 'nowrap' }, time(p.signedUpAt)),
        waiting ? h('td', {}) : h('td', { 'data-label': '签到' }, p.checkedInAt
          ? h('span', { class: 'badge resolved' }, '已签到 ' + time(p.checkedInAt).slice(11)) : h('span', { class: 'badge' }, '未签到')),
        waiting ? h('td', {}) : h('td', { 'data-label': '时长', class: 'nowrap' }, hours, ' ', save));
    })));
}

async function detail(root, id) {
  let full = false;
  const head = h('div', {});
  const code = h('div', {});
  const rosterBox = card('报名名单', h('p', { class: 'muted' }, '正在加载…'));
  root.append(h('p', {}, h('a', { href: '#/volunteer' }, '← 返回活动列表')), head, h('div', { class: 'two' }, rosterBox, code));
  const load = async () => {
    const a = await get(path(id));
    const r = await get(path(id, '/roster' + (full ? '?phones=full' : '')));
    const status = (to, label, question) => h('button', { type: 'button', id: 'va-' + to, onclick: async (e) => {
      if (question && !confirm(question)) return;
      if (await act(e.target, () => post(path(id, '/' + to)), label)) load();
    } }, label);
    clear(head).append(h('h1', {}, a.title, badge(a), h('span', { class: 'actions' },
      a.status !== 'cancelled' ? h('a', { class: 'button', href: '#/volunteer/' + id + '/edit', id: 'va-edit' }, '修改') : null,
      a.status === 'open' ? status('close', '截止报名') : null,
      a.status !== 'cancelled' ? status('cancel', '取消活动', '确定取消这个活动吗？已报名和候补的居民都会收到通知。') : null,
      h('a', { class: 'button', id: 'va-xlsx', href: path(id, '/roster.xlsx' + (full ? '?phones=full' : '')) }, '导出 Excel'),
      h('a', { class: 'button', id: 'va-csv', href: path(id, '/roster.csv' + (full ? '?phones=full' : '')) }, '导出 CSV'))),
    h('p', { class: 'muted', id: 'va-summary' }, span(a) + ' · ' + a.place + (a.community ? ' · ' + a.community : '')
      + ' · 名额 ' + a.quota + (a.needsPhone ? ' · 需登记手机号' : '') + (a.contact ? ' · 联系人 ' + a.contact : '')),
    a.description ? h('p', {}, a.description) : null, a.notes ? h('p', { class: 'muted' }, '要求：' + a.notes) : null);
    clear(code).appendChild(codeCard(a));
    const toggle = h('label', { class: 'check' }, h('input', { type: 'checkbox', id: 'va-phones', checked: full,
      onchange: (e) => { full = e.target.checked; load(); } }), ' 显示完整手机号');
    clear(rosterBox).append(h('h2', {}, '报名名单'),
      h('p', { id: 'va-figures' }, '已报名 ' + r.signedUp.length + ' 人 · 候补 ' + r.waitlist.length + ' 人 · 已签到 '
        + r.checkedIn + ' 人 · 服务时长共 ' + r.hours + ' 小时'), toggle,
      rosterTable('va-roster', r.signedUp, r, false, load), h('h2', {}, '候补名单'), rosterTable('va-waitlist', r.waitlist, r, true, load));
  };
  await load();
  const stop = every(REFRESH_MS, () => {
    if (!root.contains(document.activeElement) || document.activeElement.tagName !== 'INPUT') load().catch(() => {});
  });
  return stop;
}

export async function render(root, ctx) {
  const [id, sub] = ctx.rest;
  if (id === 'new') return form(root, null);
  if (id && sub === 'edit') return form(root, id);
  return id ? detail(root, id) : list(root);
}
