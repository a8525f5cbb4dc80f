// The console's shell: who is signed in, the menu their roles allow, hash routes to one module per page.
import { get, csrfToken } from './api.js';
import { h, clear, failure } from './ui.js';

const OFFICE = ['admin', 'operator'];
const PAGES = [
  { path: 'dashboard', title: '数据概览', roles: OFFICE, module: './pages/dashboard.js' },
  { path: 'tickets', title: '工单', roles: ['admin', 'operator', 'handler'], module: './pages/tickets.js' },
  { path: 'faq', title: '问答库', roles: OFFICE, module: './pages/faq.js' },
  { path: 'surveys', title: '问卷', roles: OFFICE, module: './pages/surveys.js' },
  { path: 'notices', title: '通知', roles: OFFICE, module: './pages/notices.js' },
  { path: 'volunteer', title: '志愿活动', roles: OFFICE, module: './pages/volunteer.js' },
  { path: 'moderation', title: '敏感词', roles: OFFICE, module: './pages/moderation.js' },
  { path: 'menu', title: '公众号菜单', roles: OFFICE, module: './pages/menu.js' },
  { path: 'simulator', title: '聊天模拟器', roles: OFFICE, module: './pages/simulator.js' },
  { path: 'users', title: '账号与日志', roles: ['admin'], module: './pages/users.js' }
];
const ROLE_NAMES = { admin: '管理员', operator: '文明办', handler: '处置人员' };

const page = document.getElementById('page');
const nav = document.getElementById('nav');
const toggle = document.getElementById('nav-toggle');
let me = null;
let cleanup = null;
let generation = 0;

function allowed() {
  return PAGES.filter((p) => p.roles.some((r) => me.roles.includes(r)));
}

/** "#/tickets/WM2026...?page=2" → { section: 'tickets', rest: ['WM2026...'], params } */
function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, q] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { section: parts[0] || '', rest: parts.slice(1), params: new URLSearchParams(q || '') };
}

function buildNav() {
  clear(nav);
  allowed().forEach((p) => {
    nav.appendChild(h('a', { href: '#/' + p.path, id: 'nav-' + p.path, dataset: { path: p.path } }, p.title));
  });
}

function markCurrent(section) {
  nav.querySelectorAll('a').forEach((a) => a.classList.toggle('current', a.dataset.path === section));
}

function setNavOpen(open) {
  document.body.classList.toggle('nav-open', open);
  toggle.setAttribute('aria-expanded', String(open));
  toggle.setAttribute('aria-label', open ? '收起菜单' : '打开菜单');
}

async function route() {
  const mine = ++generation;
  const { section, rest, params } = parseHash();
  const pages = allowed();
  const target = pages.find((p) => p.path === section);
  if (!target) {
    location.replace('#/' + pages[0].path);
    return;
  }
  setNavOpen(false);
  markCurrent(target.path);
  if (typeof cleanup === 'function') {
    try { cleanup(); } catch (e) { /* a page's cleanup must not stop the next page */ }
  }
  cleanup = null;
  clear(page).appendChild(h('p', { class: 'muted' }, '正在加载…'));
  document.title = target.title + ' · CivicChat 管理后台';
  try {
    const module = await import(target.module);
    if (mine !== generation) return;
    // Each visit draws into a fresh element: a page still loading when the person moves on writes into a
    // detached one, never over the next page.
    const root = h('div', { class: 'view', dataset: { page: target.path } });
    clear(page).appendChild(root);
    const done = await module.render(root, { me, rest, params, roles: new Set(me.roles) });
    root.dataset.ready = 'true';
    if (mine === generation) cleanup = done;
    else if (typeof done === 'function') done();
  } catch (e) {
    if (mine === generation) failure(page, e);
  }
}

function signOut() {
  const form = h('form', { method: 'post', action: '/console/logout' },
    h('input', { type: 'hidden', name: '_csrf', value: csrfToken() }));
  document.body.appendChild(form);
  form.submit();
}

async function start() {
  toggle.addEventListener('click', () => setNavOpen(!document.body.classList.contains('nav-open')));
  document.getElementById('sign-out').addEventListener('click', signOut);
  try {
    me = await get('/api/admin/me');
  } catch (e) {
    failure(page, e);
    return;
  }
  const roles = me.roles.map((r) => ROLE_NAMES[r] || r).join('、');
  document.getElementById('who').append(h('span', {}, me.username),
    h('span', { class: 'roles' }, '（' + roles + (me.department ? ' · ' + me.department : '') + '）'));
  document.body.dataset.roles = me.roles.join(' ');
  buildNav();
  window.addEventListener('hashchange', route);
  route();
}

start();
