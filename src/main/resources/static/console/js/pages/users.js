// 账号与日志 (admin only): staff accounts — create, enable or disable, unlock — and the audit log.
import { get, post, query } from '../api.js';
import { h, clear, card, empty, field, time, act } from '../ui.js';

const ROLES = [['admin', '管理员'], ['operator', '文明办工作人员'], ['handler', '处置人员（部门或网格员）']];
const ROLE_NAME = Object.fromEntries(ROLES);
const AUDIT_ACTIONS = { 'sign-in': '登录', lock: '锁定', POST: '提交', PUT: '修改', DELETE: '删除' };

async function deptOptions() {
  try {
    const cats = await get('/api/admin/tickets/categories', { quiet: true });
    return Array.from(new Set(cats.map((c) => c.department).filter(Boolean))).sort((a, b) => a.localeCompare(b, 'zh'));
  } catch (e) {
    return [];
  }
}

function userTable(users, reload) {
  if (!users.length) return empty('还没有账号。');
  return h('table', { class: 'list cards', id: 'user-table' },
    h('thead', {}, h('tr', {}, ['用户名', '角色', '部门', '网格', '状态', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, users.map((u) => h('tr', { dataset: { user: u.username } },
      h('td', { 'data-label': '用户名' }, u.username),
      h('td', { 'data-label': '角色' }, u.roles.map((r) => ROLE_NAME[r] || r).join('、')),
      h('td', { 'data-label': '部门' }, u.department || ''),
      h('td', { 'data-label': '网格' }, u.grid || ''),
      h('td', { 'data-label': '状态' }, u.enabled ? '启用' : h('span', { class: 'badge overdue' }, '已停用')),
      h('td', { class: 'nowrap' },
        h('button', { type: 'button', onclick: (e) => act(e.target, () => post('/api/admin/users/'
          + encodeURIComponent(u.username) + '/enabled' + query({ value: String(!u.enabled) })).then(reload),
        u.enabled ? '已停用该账号' : '已启用该账号') }, u.enabled ? '停用' : '启用'), ' ',
        h('button', { type: 'button', onclick: (e) => act(e.target, () => post('/api/admin/users/'
          + encodeURIComponent(u.username) + '/unlock').then(reload), '已解除锁定') }, '解除锁定'),
        u.roles.includes('handler') ? [' ', h('button', { type: 'button', class: 'bind-code-button',
          onclick: (e) => act(e.target, () => post('/api/admin/users/' + encodeURIComponent(u.username) + '/bind-code')
            .then((r) => e.target.closest('td').append(h('div', { class: 'bind-code' },
              '绑定码 ' + r.code + '：请在15分钟内用微信向公众号发送“绑定 ' + r.code + '”')))) }, '微信绑定码')] : [])))));
}

function createForm(depts, reload) {
  const username = h('input', { id: 'new-username', autocomplete: 'off', placeholder: '字母、数字、_ . -' });
  const password = h('input', { id: 'new-password', type: 'password', autocomplete: 'new-password', placeholder: '至少 10 位' });
  const checks = ROLES.map(([id, name]) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'role', value: id, id: 'new-role-' + id }), name));
  const department = h('input', { id: 'new-department', list: 'dept-list', placeholder: '处置人员必填' });
  const grid = h('input', { id: 'new-grid', placeholder: '网格员可填' });
  const form = h('form', { class: 'form', id: 'new-user', onsubmit: async (e) => {
    e.preventDefault();
    const roles = checks.map((c) => c.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    const created = await act(form.querySelector('button'), () => {
      if (roles.includes('handler') && !department.value.trim()) throw new Error('处置人员需要填写所属部门。');
      return post('/api/admin/users', { username: username.value.trim(), password: password.value, roles,
        department: department.value.trim(), grid: grid.value.trim() });
    }, '账号已创建');
    if (created) { form.reset(); reload(); }
  } },
  h('div', { class: 'row' }, field('用户名', username), field('初始密码', password)),
  h('div', {}, h('span', { class: 'label' }, '角色：'), checks),
  h('div', { class: 'row' }, field('所属部门', department), field('网格', grid)),
  h('datalist', { id: 'dept-list' }, depts.map((d) => h('option', { value: d }))),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '创建账号')));
  return form;
}

function auditTable(entries) {
  if (!entries.length) return empty('还没有记录。');
  return h('table', { class: 'list cards', id: 'audit-table' },
    h('thead', {}, h('tr', {}, ['时间', '人员', '操作', '对象', '结果'].map((t) => h('th', {}, t)))),
    h('tbody', {}, entries.map((a) => h('tr', {},
      h('td', { 'data-label': '时间', class: 'nowrap' }, time(a.at)),
      h('td', { 'data-label': '人员' }, a.who),
      h('td', { 'data-label': '操作' }, AUDIT_ACTIONS[a.action] || a.action),
      h('td', { 'data-label': '对象', class: 'clip', title: a.target }, a.target),
      h('td', { 'data-label': '结果' }, a.outcome)))));
}

export async function render(root) {
  const usersCard = card('员工账号', h('p', { class: 'muted' }, '正在加载…'));
  const auditCard = card('操作日志（最近 200 条）', h('p', { class: 'muted' }, '正在加载…'));
  const reload = async () => {
    try {
      const [users, audit] = await Promise.all([get('/api/admin/users'), get('/api/admin/audit?limit=200')]);
      clear(usersCard).append(h('h2', {}, '员工账号'), userTable(users, reload));
      clear(auditCard).append(h('h2', {}, '操作日志（最近 200 条）'), auditTable(audit));
    } catch (e) {
      clear(usersCard).append(h('h2', {}, '员工账号'), empty(e.message));
    }
  };
  const depts = await deptOptions();
  root.append(h('h1', {}, '账号与日志'), usersCard, card('新建账号', createForm(depts, reload)), auditCard);
  await reload();
  root.dataset.ready = 'true';
  return undefined;
}
