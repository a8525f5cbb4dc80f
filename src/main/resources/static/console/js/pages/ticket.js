// One ticket: facts, words, place (with its GPS position), photos, folded reports, the log, and the actions
// the signed-in person's role allows from the ticket's status.
import { get, post, upload } from '../api.js';
import { h, clear, card, empty, field, select, time, act } from '../ui.js';
import { OPEN, status } from '../labels.js';
import { categories, departments, statusBadge } from './ticket-parts.js';

const ACTIONS = { filed: '提交', status: '状态变更', assign: '派单', note: '内部备注', photo: '补充照片', follow: '居民跟进',
  merge: '合并', split: '拆分', urge: '催办', supervise: '督办', rating: '居民评价', words: '居民补充' };
const RATINGS = { 1: '满意', 2: '基本满意', 3: '不满意' };
const PHOTO_STATES = { pending: '照片下载中', recorded: '仅记录了微信媒体编号', failed: '照片下载失败' };

function who(w) {
  if (!w) return '';
  if (w === 'system') return '系统';
  if (w.startsWith('staff:')) return w.substring(6);
  if (w.startsWith('resident:')) return '居民 ' + w.substring(9);
  return w;
}

/** A tile-less sketch of the position: a grid, north, the marker and its coordinates. */
function mapSketch(lat, lng) {
  const canvas = h('canvas', { class: 'map', id: 'ticket-map', width: 360, height: 220,
    'aria-label': '定位：北纬 ' + lat + '，东经 ' + lng, role: 'img' });
  const g = canvas.getContext('2d');
  g.fillStyle = '#f7faf7';
  g.fillRect(0, 0, 360, 220);
  g.strokeStyle = '#dfe8df';
  for (let x = 0; x <= 360; x += 30) { g.beginPath(); g.moveTo(x, 0); g.lineTo(x, 220); g.stroke(); }
  for (let y = 0; y <= 220; y += 30) { g.beginPath(); g.moveTo(0, y); g.lineTo(360, y); g.stroke(); }
  g.fillStyle = '#455a64';
  g.font = '13px sans-serif';
  g.fillText('北 ↑', 12, 22);
  g.fillStyle = '#c62828';
  g.beginPath();
  g.arc(180, 100, 9, Math.PI, 0);
  g.lineTo(180, 124);
  g.closePath();
  g.fill();
  g.fillStyle = '#fff';
  g.beginPath(); g.arc(180, 100, 3.5, 0, 2 * Math.PI); g.fill();
  g.fillStyle = '#263238';
  g.fillText(lat.toFixed(5) + ', ' + lng.toFixed(5), 120, 150);
  return canvas;
}

function facts(t) {
  const rows = [['类别', t.categoryName || t.category], ['责任部门', t.department], ['网格', t.grid], ['处理人', t.handler],
    ['来源', t.source], ['反映居民', t.source && t.source !== '微信' ? '' : t.resident], ['跟进居民', t.followers ? t.followers + ' 人' : ''], ['提交时间', time(t.createdAt)],
    ['最近更新', time(t.updatedAt)], ['办理期限', time(t.deadline)],
    ['催办', t.escalation === 1 ? '已催办' : t.escalation === 2 ? '已督办' : ''],
    ['居民评价', t.rating ? RATINGS[t.rating] : ''], ['重复于', t.duplicateOf], ['不予受理理由', t.reason]];
  return h('dl', { class: 'facts', id: 'ticket-facts' }, rows.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k),
    h('dd', {}, k === '重复于' ? h('a', { href: '#/tickets/' + encodeURIComponent(v) }, v) : v)]));
}

function photos(t) {
  if (!t.photos.length) return empty('居民没有发照片。');
  return h('div', { class: 'photos', id: 'ticket-photos' }, t.photos.map((p) => h('figure', {},
    p.file ? h('a', { href: p.file, target: '_blank', rel: 'noopener' }, h('img', { src: p.file, alt: '工单照片', loading: 'lazy' }))
      : h('div', { class: 'placeholder' }, PHOTO_STATES[p.state] || p.state),
    h('figcaption', {}, (p.kind === 'after' ? '处理后 · ' : '') + time(p.addedAt)))));
}

function place(t) {
  const parts = [h('p', {}, t.location || '（居民没有说明地点）')];
  if (t.latitude !== null && t.latitude !== undefined) {
    const lat = Number(t.latitude);
    const lng = Number(t.longitude);
    parts.push(mapSketch(lat, lng), h('p', {},
      h('a', { href: 'https://uri.amap.com/marker?position=' + lng + ',' + lat, target: '_blank', rel: 'noopener noreferrer',
        id: 'ticket-map-link' }, '在高德地图中查看这个位置'),
      h('span', { class: 'muted' }, '（坐标为微信发送的位置，外部地图需能上网）')));
  }
  return parts;
}

function logList(t) {
  if (!t.log.length) return empty('还没有处理记录。');
  return h('ol', { class: 'timeline', id: 'ticket-log' }, t.log.slice().reverse().map((e) => h('li', {},
    h('div', { class: 'meta' }, time(e.at) + ' · ' + who(e.who) + ' · ' + (ACTIONS[e.action] || e.action)),
    e.from || e.to ? h('div', {}, (e.from ? status(e.from) : '') + ' → ' + (e.to ? status(e.to) : '')) : null,
    e.note ? h('div', {}, e.note) : null,
    e.toResident ? h('div', { class: 'to-resident' }, '告知居民：' + e.toResident) : null)));
}

/** What the resident's status notice will say, as TicketTexts.statusChanged writes it. */
function residentText(t, to, message) {
  let s = '您反映的问题（工单 ' + t.id + '，' + (t.categoryName || t.category || '') + '）状态更新为：' + status(to) + '。';
  if (message && to !== 'assigned') s += '\n说明：' + message.substring(0, 200);
  if (to === 'resolved') s += '\n问题解决了吗？请回复数字评价：1 满意 / 2 基本满意 / 3 不满意（不满意将重新办理）。';
  return s;
}

/** The optional words for the resident, with a preview of the whole notice they will read. */
function residentPart(t, to, extra) {
  const message = h('textarea', { id: 'form-resident', placeholder: '可不填；填写后随状态通知发给居民' });
  const preview = h('div', { class: 'resident-preview', id: 'form-resident-preview' });
  const draw = () => { preview.textContent = residentText(t, to, [extra ? extra() : '', message.value.trim()].filter(Boolean).join('；')); };
  message.addEventListener('input', draw);
  draw();
  return { message, redraw: draw, nodes: [field('告诉居民的话（可不填，居民会看到）', message),
    h('div', { class: 'muted' }, '居民将收到：'), preview] };
}

function reports(t, ctx, reload) {
  if (!t.reports.length) return null;
  const office = ctx.roles.has('admin') || ctx.roles.has('operator');
  return card('合并进来的反映（' + t.reports.length + '）', h('ul', { class: 'outbox-list' }, t.reports.map((r) => h('li', {},
    h('div', { class: 'meta' }, time(r.at) + (r.resident ? ' · 居民 ' + r.resident : '')
      + (r.mergedTicket ? ' · 原工单 ' + r.mergedTicket : '')),
    r.text ? h('div', {}, r.text) : null, r.location ? h('div', { class: 'muted' }, r.location) : null,
    office ? h('button', { type: 'button', class: 'link', onclick: (e) => act(e.target,
      () => post('/api/admin/tickets/' + encodeURIComponent(t.id) + '/split', { report: r.id }).then(reload), '已拆分为单独的工单') },
    '拆分为单独工单') : null))));
}

/** The buttons this person may press now, each opening its small form. */
function actions(t, ctx, show) {
  const office = ctx.roles.has('admin') || ctx.roles.has('operator');
  // The server says which moves this person's role may make from the ticket's status (TicketStatus.allowedNext).
  const next = t.allowedNext || [];
  const list = [];
  const can = (s) => next.includes(s);
  if (office && can('accepted') && t.status === 'submitted') list.push(['accept', '受理', 'primary']);
  if (office && OPEN.includes(t.status)) list.push(['assign', t.status === 'assigned' || t.status === 'in_progress' ? '改派' : '派单']);
  if (can('in_progress')) list.push(['start', '开始处理', 'primary']);
  if (can('resolved')) list.push(['resolve', '办结', 'primary']);
  if (!office && t.status === 'assigned' && can('accepted')) list.push(['giveBack', '退回文明办']);
  if (office && can('rejected')) list.push(['reject', '不予受理', 'danger']);
  if (office && can('duplicate')) list.push(['merge', '合并到其他工单']);
  if (office && can('closed')) list.push(['close', '办结归档']);
  if (office && can('reopened')) list.push(['reopen', '重新办理']);
  list.push(['note', '添加备注']);
  return h('div', { class: 'actions-bar', id: 'ticket-actions' }, list.map(([id, label, kind]) =>
    h('button', { type: 'button', id: 'action-' + id, class: kind || '', onclick: () => show(id) }, label)));
}

function actionForm(kind, t, ctx, cats, done) {
  const number = encodeURIComponent(t.id);
  const transition = (to, extra) => post('/api/admin/tickets/' + number + '/transitions', Object.assign({ to }, extra));
  const note = h('textarea', { id: 'form-note', placeholder: '写给同事看的说明，居民看不到' });
  const internal = (label) => field(label + '（内部备注，居民看不到）', note);
  const withResident = (to, extra) => {
    const part = residentPart(t, to, extra);
    return { part, body: (more) => Object.assign({ note: note.value.trim(), residentMessage: part.message.value.trim() || null }, more || {}) };
  };
  const submit = (label) => h('button', { type: 'submit', class: 'primary', id: 'form-submit' }, label);
  const form = (children, work, success) => {
    const f = h('form', { class: 'form action-form', id: 'action-form', onsubmit: async (e) => {
      e.preventDefault();
      const updated = await act(f.querySelector('button[type=submit]'), work, success);
      if (updated) done(updated);
    } }, children);
    return f;
  };
  switch (kind) {
    case 'accept': {
      const r = withResident('accepted');
      return form([internal('受理说明（可不填）'), ...r.part.nodes, submit('确认受理')],
        () => transition('accepted', r.body()), '已受理');
    }
    case 'start': {
      const r = withResident('in_progress');
      return form([internal('说明（可不填）'), ...r.part.nodes, submit('开始处理')],
        () => transition('in_progress', r.body()), '已开始处理');
    }
    case 'giveBack':
      return form([internal('退回理由'), submit('退回')],
        () => transition('accepted', { note: note.value.trim() }), '已退回文明办');
    case 'close': {
      const r = withResident('closed');
      return form([internal('说明（可不填）'), ...r.part.nodes, submit('办结归档')],
        () => transition('closed', r.body()), '已办结归档');
    }
    case 'reopen': {
      const r = withResident('reopened');
      return form([internal('重新办理的原因'), ...r.part.nodes, submit('重新办理')],
        () => transition('reopened', r.body()), '已重新办理');
    }
    case 'resolve': {
      const photo = h('input', { id: 'form-photo', placeholder: 'https://… 或微信 media_id' });
      const camera = h('input', { id: 'form-photo-file', type: 'file', accept: 'image/jpeg,image/png,image/webp,image/*',
        capture: 'environment' });
      const needs = (cats.find((c) => c.id === t.category) || {}).afterPhoto;
      const r = withResident('resolved');
      r.part.message.placeholder = '例如：路灯已更换，恢复照明。可不填';
      return form([internal('处理说明（必填）'), ...r.part.nodes,
        field(needs ? '处理后照片（此类问题必须提供）' : '处理后照片（可不填）', camera,
          '在手机上可直接拍照；JPEG、PNG 或 WebP，不超过 10 MB'),
        field('或填写照片链接', photo, '照片链接或微信素材 media_id'),
        submit('确认办结')], async () => {
        if (!note.value.trim()) throw new Error('请填写处理说明。');
        let photoId = photo.value.trim() || null;
        const file = camera.files && camera.files[0];
        if (file) {
          if (file.size > 10 * 1024 * 1024) throw new Error('照片不能超过 10 MB，请压缩后再上传。');
          const data = new FormData();
          data.append('file', file);
          photoId = (await upload('/api/admin/tickets/' + number + '/photos', data)).id;
        }
        return transition('resolved', r.body({ photo: photoId }));
      }, '已办结，居民会收到通知');
    }
    case 'reject': {
      const reason = h('input', { id: 'form-reason', placeholder: '例如：不属于本区管辖' });
      const r = withResident('rejected', () => reason.value.trim());
      reason.addEventListener('input', r.part.redraw);
      return form([field('不予受理理由（必填，居民会看到）', reason), internal('内部说明（可不填）'), ...r.part.nodes,
        submit('确认不予受理')],
        () => {
          if (!reason.value.trim()) throw new Error('请填写不予受理的理由。');
          return transition('rejected', r.body({ reason: reason.value.trim() }));
        }, '已不予受理');
    }
    case 'assign': {
      const dept = select('form-department', departments(cats).map((d) => [d, d]), t.department);
      const grid = h('input', { id: 'form-grid', value: t.grid || '', placeholder: '网格或社区' });
      const handler = h('input', { id: 'form-handler', value: t.handler || '', placeholder: '处置人员账号' });
      return form([h('div', { class: 'row' }, field('责任部门', dept), field('网格', grid), field('处理人', handler)),
        field('派单说明（可不填）', note), submit('确认派单')],
      () => post('/api/admin/tickets/' + number + '/assign', { department: dept.value, grid: grid.value.trim(),
        handler: handler.value.trim(), note: note.value.trim() }), '已派单');
    }
    case 'merge': {
      const into = h('input', { id: 'form-into', placeholder: '另一张工单的编号，如 WM…' });
      return form([field('合并到工单', into, '合并后本工单标为“重复反映”，反映人改为跟进那张工单'), submit('确认合并')],
        () => {
          if (!into.value.trim()) throw new Error('请填写要合并到的工单号。');
          return post('/api/admin/tickets/' + number + '/merge', { into: into.value.trim() });
        }, '已合并');
    }
    default:
      note.placeholder = '只有工作人员能看到';
      return form([field('备注', note), submit('保存备注')], () => {
        if (!note.value.trim()) throw new Error('请先写下备注内容。');
        return post('/api/admin/tickets/' + number + '/notes', { note: note.value.trim() });
      }, '备注已保存');
  }
}

/** On a phone the two columns become one, in this order: actions first, then the words, facts, place … */
function ordered(n, node) {
  if (node) node.style.order = String(n);
  return node;
}

export async function render(root, ctx) {
  const number = ctx.rest[0];
  let cats = [];
  const draw = (t) => {
    clear(root);
    root.dataset.status = t.status;
    const formSlot = h('div', { id: 'action-slot' });
    const show = (kind) => clear(formSlot).appendChild(actionForm(kind, t, ctx, cats, (updated) => {
      draw(updated);
    }));
    root.append(
      h('p', {}, h('a', { href: '#/tickets', onclick: (e) => { if (history.length > 1) { e.preventDefault(); history.back(); } } },
        '← 返回工单列表')),
      h('h1', {}, h('span', { id: 'ticket-number' }, '工单 ' + t.id), h('span', { id: 'ticket-status' }, statusBadge(t))),
      h('div', { class: 'two ticket-detail' },
        h('div', {},
          ordered(2, card('问题描述', h('p', { id: 'ticket-description', style: 'white-space:pre-wrap' },
            t.description || '（无文字描述）'),
          t.flagged && t.flagged.length ? h('p', { id: 'ticket-flagged', class: 'warn' },
            '居民的文字含敏感词：' + t.flagged.join('、') + '（对外公开时已遮盖）') : null)),
          ordered(4, card('地点', place(t))),
          ordered(5, card('照片', photos(t))),
          ordered(7, reports(t, ctx, () => get('/api/admin/tickets/' + encodeURIComponent(t.id)).then(draw)))),
        h('div', {},
          ordered(1, card('办理', actions(t, ctx, show), formSlot)),
          ordered(3, card('基本信息', facts(t))),
          ordered(6, card('处理记录', logList(t))))));
    root.dataset.ready = 'true';
  };
  try {
    const [t, c] = await Promise.all([get('/api/admin/tickets/' + encodeURIComponent(number)),
      categories().catch(() => [])]);
    cats = c;
    draw(t);
  } catch (e) {
    clear(root).append(h('p', {}, h('a', { href: '#/tickets' }, '← 返回工单列表')),
      card('无法打开工单 ' + number, h('p', {}, e.status === 403 ? '这张工单不归您的部门办理。' : e.status === 404 ? '没有这张工单。' : e.message)));
  }
  return undefined;
}
