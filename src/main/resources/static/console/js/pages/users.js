// 账号与日志 (admin only): staff accounts — create, enable or disable, unlock — API tokens and the audit log.
import { get, post, del, query } from '../api.js';
import { h, clear, card, empty, field, select, time, act } from '../ui.js';

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
          + encodeURIComponent(u.username) + '/unlock').then(reload), '已解除登录限制') }, '解除登录限制'),
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

function tokenTable(tokens, reload) {
  if (!tokens.length) return empty('还没有访问令牌。');
  return h('table', { class: 'list cards', id: 'token-table' },
    h('thead', {}, h('tr', {}, ['名称', '角色', '部门', '到期', '最近使用', '创建人', ''].map((t) => h('th', {}, t)))),
    h('tbody', {}, tokens.map((t) => h('tr', { dataset: { token: t.id } },
      h('td', { 'data-label': '名称' }, t.name),
      h('td', { 'data-label': '角色' }, ROLE_NAME[t.role] || t.role),
      h('td', { 'data-label': '部门' }, t.department || ''),
      h('td', { 'data-label': '到期', class: 'nowrap' }, t.expiresAt ? time(t.expiresAt) : '长期有效'),
      h('td', { 'data-label': '最近使用', class: 'nowrap' }, t.lastUsed ? time(t.lastUsed) : '未使用'),
      h('td', { 'data-label': '创建人' }, t.createdBy),
      h('td', {}, h('button', { type: 'button', class: 'danger', onclick: (e) => {
        if (!window.confirm('撤销后使用该令牌的脚本将立即无法访问，确定撤销“' + t.name + '”吗？')) return;
        act(e.target, () => del('/api/admin/tokens/' + encodeURIComponent(t.id)).then(reload), '令牌已撤销');
      } }, '撤销'))))));
}

function tokenForm(depts, reload) {
  const name = h('input', { id: 'token-name', autocomplete: 'off', maxlength: '40', placeholder: '例如：12345热线对接' });
  const role = select('token-role', ROLES.map(([id, n]) => [id, n]), 'operator');
  const department = h('input', { id: 'token-department', list: 'dept-list', placeholder: '处置人员角色必填' });
  const days = h('input', { id: 'token-days', type: 'number', min: '1', max: '3650', placeholder: '不填则长期有效' });
  const shown = h('div', { id: 'token-secret' });
  const form = h('form', { class: 'form', id: 'new-token', onsubmit: async (e) => {
    e.preventDefault();
    const created = await act(form.querySelector('button'), () => {
      if (!name.value.trim()) throw new Error('请填写令牌名称。');
      if (role.value === 'handler' && !department.value.trim()) throw new Error('处置人员角色的令牌需要指定部门。');
      return post('/api/admin/tokens', { name: name.value.trim(), role: role.value,
        department: department.value.trim() || null, expiresInDays: days.value ? Number(days.value) : null });
    }, '令牌已创建');
    if (created) {
      form.reset();
      clear(shown).append(h('p', {}, '新令牌（只显示这一次，请立即复制保存）：'),
        h('code', { class: 'token-secret' }, created.token));
      reload();
    }
  } },
  h('div', { class: 'row' }, field('名称', name), field('角色', role)),
  h('div', { class: 'row' }, field('部门', department), field('有效天数', days)),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary' }, '创建令牌')), shown);
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
  const tokensCard = card('API 访问令牌', h('p', { class: 'muted' }, '正在加载…'));
  const reload = async () => {
    try {
      const [users, audit, tokens] = await Promise.all([get('/api/admin/users'), get('/api/admin/audit?limit=200'),
        get('/api/admin/tokens')]);
      clear(usersCard).append(h('h2', {}, '员工账号'), userTable(users, reload));
      clear(tokensCard).append(h('h2', {}, 'API 访问令牌'),
        h('p', { class: 'muted' }, '脚本和其他系统用 “Authorization: Bearer 令牌” 调用 /api/admin 接口，权限按令牌的角色和部门。'),
        tokenTable(tokens, reload));
      clear(auditCard).append(h('h2', {}, '操作日志（最近 200 条）'), auditTable(audit));
    } catch (e) {
      clear(usersCard).append(h('h2', {}, '员工账号'), empty(e.message));
    }
  };
  const depts = await deptOptions();
  root.append(h('h1', {}, '账号与日志'), usersCard, card('新建账号', createForm(depts, reload)), tokensCard,
    card('新建访问令牌', tokenForm(depts, reload)), auditCard);
  await reload();
  root.dataset.ready = 'true';
  return undefined;
}
