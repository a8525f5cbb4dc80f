// 问卷: the list; one survey's live results, its preview as a resident sees it, the invitation push and the
// CSV export; #/surveys/new opens the editor.
import { get, post, put, del } from '../api.js';
import { h, clear, card, empty, field, time, act, number, percent, every, dateTimeInput } from '../ui.js';
import { ChartSet, bars, gauge } from '../charts.js';
import { preview } from './survey-preview.js';
import { audienceFields, instant } from './audience.js';

const REFRESH_MS = 10000;
const STATUS = { open: '进行中', closed: '已结束' };

async function list(root) {
  root.appendChild(h('h1', {}, '问卷', h('span', { class: 'actions' },
    h('a', { class: 'button primary', href: '#/surveys/new', id: 'survey-new' }, '新建问卷'))));
  const box = card(null, h('p', { class: 'muted' }, '正在加载…'));
  root.appendChild(box);
  const surveys = await get('/api/admin/surveys');
  clear(box);
  if (!surveys.length) { box.appendChild(empty('还没有问卷，点“新建问卷”开始。')); return; }
  box.appendChild(h('table', { class: 'list cards', id: 'survey-table' },
    h('thead', {}, h('tr', {}, ['标题', '编号', '状态', '题数', '答卷', '创建时间', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, surveys.slice().sort((a, b) => b.created - a.created).map((s) => h('tr', { class: 'clickable',
      onclick: (e) => { if (e.target.tagName !== 'A') location.hash = '#/surveys/' + encodeURIComponent(s.id); } },
    h('td', { 'data-label': '标题' }, h('a', { href: '#/surveys/' + encodeURIComponent(s.id) }, s.title),
      s.campaignMeasure ? h('span', { class: 'badge urgent', style: 'margin-left:6px' }, '测评问卷') : null),
    h('td', { 'data-label': '编号' }, s.id),
    h('td', { 'data-label': '状态' }, h('span', { class: 'badge ' + (s.status === 'open' ? 'resolved' : 'closed') }, STATUS[s.status] || s.status)),
    h('td', { 'data-label': '题数', class: 'num' }, s.questions),
    h('td', { 'data-label': '答卷', class: 'num' }, number(s.responses)),
    h('td', { 'data-label': '创建', class: 'nowrap' }, time(s.created)),
    h('td', {}, h('a', { href: '#/surveys/new?from=' + encodeURIComponent(s.id) }, '复制并修改')))))));
}

async function drawResults(box, charts, id) {
  const r = await get('/api/admin/surveys/' + encodeURIComponent(id) + '/results');
  charts.reset();
  clear(box);
  const gauges = h('div', { class: 'grid', style: 'grid-template-columns:repeat(auto-fit,minmax(160px,1fr))' });
  const a = h('div', { class: 'chart small', id: 'chart-awareness' });
  const p = h('div', { class: 'chart small', id: 'chart-participation' });
  const s = h('div', { class: 'chart small', id: 'chart-satisfied' });
  gauges.append(a, p, s);
  box.append(card('总体', h('p', { id: 'survey-responses' }, '完整答卷 ' + number(r.responses) + ' 份；满意度平均 '
    + (r.satisfaction.ratings ? r.satisfaction.average.toFixed(2) + ' 分' : '—')), gauges));
  const jobs = [charts.draw(a, gauge('知晓率', r.awareness.of ? r.awareness.rate : null)),
    charts.draw(p, gauge('参与率', r.participation.of ? r.participation.rate : null)),
    charts.draw(s, gauge('满意率', r.satisfaction.ratings ? r.satisfaction.satisfiedRate : null))];
  const grid = h('div', { class: 'grid' });
  box.appendChild(grid);
  r.questions.forEach((q, i) => {
    const head = (i + 1) + '. ' + q.text;
    const sub = '作答 ' + number(q.answered) + ' 人' + (q.correctRate !== null && q.correctRate !== undefined
      ? '，答对率 ' + percent(q.correctRate) : '');
    if (q.kind === 'text') {
      grid.appendChild(card(head, h('p', { class: 'muted' }, sub + '。文字回答请导出 CSV 查看。')));
      return;
    }
    const el = h('div', { class: 'chart small', id: 'chart-' + q.id });
    grid.appendChild(card(head, h('p', { class: 'muted' }, sub), el));
    jobs.push(charts.draw(el, bars(q.options.map((o) => o.text), [{ name: '人数', data: q.options.map((o) => o.count) }],
      { horizontal: true })));
  });
  await Promise.all(jobs);
}

async function invitation(id) {
  const audience = await audienceFields('invite');
  const sendAt = dateTimeInput('invite-at');
  const form = h('form', { class: 'form', id: 'survey-invite', onsubmit: async (e) => {
    e.preventDefault();
    const done = await act(form.querySelector('button'), () => post('/api/admin/surveys/' + encodeURIComponent(id)
      + '/invite', { audience: audience.read(), sendAt: instant(sendAt.value) }), '邀请已排入发送队列');
    if (done && done.notice) {
      form.appendChild(h('p', {}, '发送进度见 ', h('a', { href: '#/notices?id=' + encodeURIComponent(done.notice) }, '通知 ' + done.notice)));
    }
  } }, audience.nodes, field('定时发送（不填则立即发送）', sendAt),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '推送邀请')));
  return card('推送问卷邀请', h('p', { class: 'muted' }, '居民会收到一条带“点此开始”的消息。'), form);
}

async function detail(root, id) {
  const def = await get('/api/admin/surveys/' + encodeURIComponent(id));
  const summary = (await get('/api/admin/surveys')).find((s) => s.id === id) || {};
  const open = summary.status !== 'closed';
  const toggle = h('button', { type: 'button', id: 'survey-toggle', onclick: async (e) => {
    const done = await act(e.target, () => post('/api/admin/surveys/' + encodeURIComponent(id) + (open ? '/close' : '/open')),
      open ? '问卷已结束' : '问卷已重新开放');
    if (done) location.reload();
  } }, open ? '结束问卷' : '重新开放');
  const path = '/api/admin/surveys/' + encodeURIComponent(id) + '/campaign';
  const measure = h('button', { type: 'button', id: 'survey-campaign', onclick: async (e) => {
    const done = await act(e.target, () => (summary.campaignMeasure ? del(path) : put(path)),
      summary.campaignMeasure ? '已取消测评问卷' : '已设为测评问卷：数据概览的知晓率、参与率和满意度将来自这份问卷');
    if (done) location.reload();
  } }, summary.campaignMeasure ? '取消测评问卷' : '设为测评问卷');
  root.append(h('p', {}, h('a', { href: '#/surveys' }, '← 返回问卷列表')),
    h('h1', {}, def.title, h('span', { class: 'badge ' + (open ? 'resolved' : 'closed') }, open ? '进行中' : '已结束'),
      summary.campaignMeasure ? h('span', { class: 'badge urgent', id: 'survey-campaign-badge' }, '测评问卷') : null,
      h('span', { class: 'actions' },
        h('a', { class: 'button', href: '/api/admin/surveys/' + encodeURIComponent(id) + '/results.xlsx', id: 'survey-xlsx' }, '导出 Excel'),
        h('a', { class: 'button', href: '/api/admin/surveys/' + encodeURIComponent(id) + '/results.csv', id: 'survey-csv' }, '导出 CSV'),
        h('a', { class: 'button', href: '#/surveys/new?from=' + encodeURIComponent(id) }, '复制并修改'), measure, toggle)));
  const results = h('div', { id: 'survey-results' }, h('p', { class: 'muted' }, '正在统计…'));
  const side = h('div', {});
  root.appendChild(h('div', { class: 'two' }, results, side));
  side.append(await invitation(id), card('居民看到的样子', preview(def)));
  const charts = new ChartSet();
  const load = () => drawResults(results, charts, id).catch((e) => { clear(results).appendChild(empty(e.message)); });
  await load();
  const stop = every(REFRESH_MS, load);
  return () => { stop(); charts.dispose(); };
}

export async function render(root, ctx) {
  const id = ctx.rest[0];
  if (id === 'new') {
    const editor = await import('./survey-editor.js');
    return editor.render(root, ctx);
  }
  const cleanup = id ? await detail(root, id) : await list(root);
  root.dataset.ready = 'true';
  return cleanup;
}
