// 工单: the list with filters, sorting and server-side paging; #/tickets/<number> shows one ticket.
import { get, query } from '../api.js';
import { h, clear, card, empty, field, select, time, number, failure } from '../ui.js';
import { STATUSES } from '../labels.js';
import { categories, departments, statusBadge } from './ticket-parts.js';

const FILTERS = ['status', 'category', 'department', 'grid', 'from', 'to', 'overdue', 'text'];
function state(params) {
  const s = {};
  FILTERS.forEach((k) => { if (params.get(k)) s[k] = params.get(k); });
  s.page = Math.max(0, parseInt(params.get('page') || '0', 10) || 0);
  s.size = [20, 50, 100].includes(parseInt(params.get('size'), 10)) ? parseInt(params.get('size'), 10) : 20;
  s.sort = params.get('sort') === 'createdAt' ? 'createdAt' : '-createdAt';
  return s;
}

function go(s) {
  const q = {};
  FILTERS.forEach((k) => { if (s[k]) q[k] = s[k]; });
  if (s.page) q.page = s.page;
  if (s.size !== 20) q.size = s.size;
  if (s.sort !== '-createdAt') q.sort = s.sort;
  location.hash = '#/tickets' + query(q);
}

/** "2026/1/5", "2026.01.05" or "2026-1-5" → "2026-01-05"; anything else as typed (the server refuses it). */
export function isoDay(value) {
  const m = String(value || '').trim().match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  return m ? m[1] + '-' + m[2].padStart(2, '0') + '-' + m[3].padStart(2, '0') : String(value || '').trim();
}

function filterForm(s, cats, handler) {
  const input = (name, attrs) => h('input', Object.assign({ name, id: 'filter-' + name, value: s[name] || '' }, attrs));
  const statusOptions = [['', '全部状态'], ['open', '未办结（全部在办）']]
    .concat(Object.entries(STATUSES).map(([id, name]) => [id, name]));
  const statusSelect = select('filter-status', statusOptions, s.status);
  const categorySelect = select('filter-category', [['', '全部类别']].concat(cats.map((c) => [c.id, c.name])), s.category);
  const deptSelect = select('filter-department', [['', '全部部门']].concat(departments(cats).map((d) => [d, d])), s.department);
  const overdue = h('input', { type: 'checkbox', id: 'filter-overdue', checked: s.overdue === 'true' });
  const text = input('text', { placeholder: '描述或地点中的词', type: 'search' });
  const grid = input('grid', { placeholder: '如 文化路社区' });
  // Plain text in yyyy-MM-dd rather than type=date, whose display follows the browser's locale (mm/dd/yyyy).
  const dateAttrs = { inputmode: 'numeric', placeholder: '如 2026-12-01', maxlength: '10', autocomplete: 'off',
    pattern: '\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}', title: '日期格式：年-月-日，如 2026-12-01' };
  const from = input('from', dateAttrs);
  const to = input('to', dateAttrs);
  const form = h('form', { class: 'filters', id: 'ticket-filters', onsubmit: (e) => {
    e.preventDefault();
    go(Object.assign({}, s, { status: statusSelect.value, category: categorySelect.value,
      department: handler ? '' : deptSelect.value, grid: grid.value.trim(), from: isoDay(from.value), to: isoDay(to.value),
      overdue: overdue.checked ? 'true' : '', text: text.value.trim(), page: 0 }));
  } },
  field('关键词', text), field('状态', statusSelect), field('问题类别', categorySelect),
  handler ? null : field('责任部门', deptSelect), field('网格', grid), field('提交日期从', from), field('到', to),
  h('label', { class: 'check' }, overdue, '只看超期'),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary', id: 'filter-apply' }, '查询'),
    h('button', { type: 'button', onclick: () => go({ page: 0, size: s.size, sort: s.sort }) }, '清空')));
  return form;
}

function table(result, s, pinned) {
  const arrow = s.sort === '-createdAt' ? ' ↓' : ' ↑';
  const sortHeader = pinned ? h('th', {}, '提交时间') : h('th', { class: 'sortable', id: 'sort-created', title: '点击切换排序',
    onclick: () => go(Object.assign({}, s, { sort: s.sort === '-createdAt' ? 'createdAt' : '-createdAt', page: 0 })) },
  '提交时间' + arrow);
  const rows = result.items.map((t) => h('tr', { class: 'clickable', dataset: { id: t.id },
    onclick: () => { location.hash = '#/tickets/' + encodeURIComponent(t.id); } },
  h('td', { 'data-label': '工单号', class: 'nowrap' }, h('a', { href: '#/tickets/' + encodeURIComponent(t.id) }, t.id)),
  h('td', { 'data-label': '状态' }, statusBadge(t)),
  h('td', { 'data-label': '类别', class: 'nowrap' }, t.categoryName || t.category || ''),
  h('td', { 'data-label': '描述', class: 'clip desc', title: t.description || '' },
    t.flagged && t.flagged.length ? h('span', { class: 'badge overdue flag', title: '含敏感词：' + t.flagged.join('、') }, '敏感') : null,
    t.flagged && t.flagged.length ? ' ' : null, t.description || ''),
  h('td', { 'data-label': '地点', class: 'clip place', title: t.location || '' }, t.location || (t.latitude ? '已发送定位' : '')),
  h('td', { 'data-label': '部门', class: 'dept' }, t.department || ''),
  h('td', { 'data-label': '提交', class: 'nowrap' }, time(t.createdAt)),
  h('td', { 'data-label': '期限', class: 'nowrap' }, time(t.deadline))));
  return h('table', { class: 'list cards', id: pinned ? 'urgent-table' : 'ticket-table' },
    h('thead', {}, h('tr', {}, h('th', {}, '工单号'), h('th', {}, '状态'), h('th', {}, '类别'), h('th', {}, '问题描述'),
      h('th', {}, '地点'), h('th', {}, '责任部门'), sortHeader, h('th', {}, '办理期限'))),
    h('tbody', {}, rows));
}

function pager(result, s) {
  const pages = Math.max(1, Math.ceil(result.total / s.size));
  const sizeSelect = select('page-size', [[20, '每页 20 条'], [50, '每页 50 条'], [100, '每页 100 条']], s.size);
  sizeSelect.addEventListener('change', () => go(Object.assign({}, s, { size: parseInt(sizeSelect.value, 10), page: 0 })));
  return h('div', { class: 'pager' },
    h('span', { id: 'ticket-total' }, (result.totalExact === false ? '至少 ' : '共 ') + number(result.total) + ' 条'),
    h('button', { type: 'button', id: 'page-prev', disabled: s.page === 0,
      onclick: () => go(Object.assign({}, s, { page: s.page - 1 })) }, '上一页'),
    h('span', {}, '第 ' + (s.page + 1) + ' / ' + pages + ' 页'),
    h('button', { type: 'button', id: 'page-next', disabled: s.page + 1 >= pages,
      onclick: () => go(Object.assign({}, s, { page: s.page + 1 })) }, '下一页'),
    sizeSelect);
}

export async function render(root, ctx) {
  if (ctx.rest.length) {
    const detail = await import('./ticket.js');
    return detail.render(root, ctx);
  }
  const s = state(ctx.params);
  const handler = !ctx.roles.has('admin') && !ctx.roles.has('operator');
  const filters = query({ status: s.status, category: s.category, department: s.department,
    grid: s.grid, from: s.from, to: s.to, overdue: s.overdue, text: s.text });
  const csv = '/api/admin/tickets.csv' + filters;
  root.appendChild(h('h1', {}, handler ? '我的工单' : '工单',
    h('span', { class: 'actions' }, h('a', { class: 'button', href: '/api/admin/tickets.xlsx' + filters, id: 'ticket-xlsx', download: '' }, '导出 Excel'), ' ',
      h('a', { class: 'button', href: csv, id: 'ticket-csv', download: '' }, '导出 CSV'))));
  let cats = [];
  try {
    cats = await categories();
  } catch (e) {
    failure(root, e);
    return undefined;
  }
  // On a phone the filters fold away unless one is in use, so the tickets come first.
  const filtering = FILTERS.some((k) => s[k]);
  root.appendChild(card(null, h('details', { class: 'filter-box', open: filtering || window.innerWidth > 640 },
    h('summary', {}, filtering ? '筛选条件（已启用）' : '筛选条件'), filterForm(s, cats, handler))));
  const listCard = card(null, h('p', { class: 'muted' }, '正在查询…'));
  root.appendChild(listCard);
  try {
    const result = await get('/api/admin/tickets' + query({ status: s.status, category: s.category,
      department: s.department, grid: s.grid, from: s.from, to: s.to, overdue: s.overdue, text: s.text,
      page: s.page, size: s.size, sort: s.sort }));
    clear(listCard);
    // Danger to people is pinned above the list, whatever page or sort is shown.
    if (result.urgent && result.urgent.length) {
      listCard.appendChild(h('div', { class: 'table-wrap urgent-pinned', id: 'urgent-tickets' },
        h('h2', {}, '紧急工单（' + result.urgent.length + '）'), table({ items: result.urgent }, s, true)));
    }
    if (!result.items.length) {
      listCard.appendChild(empty(result.total ? '这一页没有工单了。' : '没有符合条件的工单。'));
      if (s.page > 0) listCard.appendChild(pager(result, s));
    } else {
      listCard.append(h('div', { class: 'table-wrap' }, table(result, s)), pager(result, s));
    }
    root.dataset.ready = 'true';
  } catch (e) {
    clear(listCard).appendChild(h('p', { class: 'empty' }, e.message));
  }
  return undefined;
}
