// 公众号菜单: edit the account's custom menu (3 top buttons, 5 under each), see it as a phone shows it,
// publish it to WeChat and read the live one back. The checks that matter are the server's (PUT answers 400
// with the reason); the preview cuts names as WeChat's client does.
import { get, put } from '../api.js';
import { h, clear, card, toast } from '../ui.js';

const TOP = 3;
const SUB = 5;

/** How wide a phone draws it: a Chinese character counts 2, a letter or digit 1. */
export function width(text) {
  let w = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0);
    w += cp < 0x1100 || (cp >= 0xff61 && cp <= 0xffdc) ? 1 : 2;
  }
  return w;
}

/** The name as the phone shows it: what fits in {@code max} (8 for top buttons, 16 below), then "…". */
export function shown(name, max) {
  const text = (name || '').trim();
  if (width(text) <= max) return text;
  let out = '';
  for (const ch of text) {
    if (width(out + ch) > max) break;
    out += ch;
  }
  return out + '…';
}

function kindOf(b) {
  if (b.sub_button && b.sub_button.length) return 'list';
  return b.type === 'view' ? 'view' : b.type === 'click' ? 'click' : 'list';
}

/** The menu as WeChat takes it: a list button carries only its name and sub_button. */
function toWechat(menu) {
  const one = (b) => (b.kind === 'view' ? { type: 'view', name: b.name, url: b.url || '' }
    : { type: 'click', name: b.name, key: b.key || '' });
  return { button: menu.map((b) => (b.kind === 'list' ? { name: b.name, sub_button: b.subs.map(one) } : one(b))) };
}

function fromWechat(json) {
  return ((json && json.button) || []).map((b) => ({
    name: b.name || '', kind: kindOf(b), key: b.key || '', url: b.url || '',
    subs: (b.sub_button || []).map((s) => ({ name: s.name || '', kind: s.type === 'view' ? 'view' : 'click', key: s.key || '', url: s.url || '' }))
  }));
}

async function keyHints() {
  const hints = [{ key: 'tickets', label: '我的工单' }, { key: 'volunteer', label: '志愿活动列表' }];
  const [topics, surveys, faq] = await Promise.all([
    get('/api/admin/notices/topics').catch(() => ({})),
    get('/api/admin/surveys').catch(() => []),
    get('/api/admin/faq').catch(() => [])]);
  Object.keys(topics || {}).forEach((t) => hints.push({ key: 'subscribe:' + t, label: '订阅“' + t + '”' }));
  (surveys || []).forEach((s) => hints.push({ key: 'survey:' + s.id, label: '问卷：' + s.title }));
  (faq || []).forEach((e) => hints.push({ key: 'faq:' + e.id, label: '问答：' + e.question }));
  return hints;
}

export async function render(root) {
  let menu = fromWechat(await get('/api/admin/wechat/menu'));
  let open = -1;
  const hints = await keyHints();
  const datalist = h('datalist', { id: 'menu-keys' }, hints.map((k) => h('option', { value: k.key }, k.label)));
  const editor = h('div', { id: 'menu-editor', class: 'menu-editor' });
  const preview = h('div', { id: 'menu-preview', class: 'phone menu-phone', 'aria-label': '手机上的菜单预览' });
  const error = h('p', { id: 'menu-error', class: 'error', role: 'alert' });

  function drawPreview() {
    clear(preview);
    const chat = h('div', { class: 'chat' }, h('div', { class: 'msg sys' }, '居民在公众号对话页底部看到的菜单'));
    if (open >= 0 && menu[open] && menu[open].kind === 'list') {
      chat.appendChild(h('ul', { class: 'phone-submenu', style: 'margin-left:' + (open * 100 / Math.max(menu.length, 1)) + '%' },
        menu[open].subs.map((s) => h('li', {}, shown(s.name, 16)))));
    }
    const bar = h('div', { class: 'phone-menu' }, h('span', { class: 'phone-keyboard', 'aria-hidden': 'true' }, '⌨'),
      menu.map((b, i) => h('button', { type: 'button', class: 'phone-menu-item' + (open === i ? ' open' : ''),
        onclick: () => { open = open === i ? -1 : i; drawPreview(); } },
        (b.kind === 'list' ? '≡ ' : '') + shown(b.name, 8))));
    preview.append(h('div', { class: 'title' }, '区文明办'), chat, bar);
  }

  function target(b, id) {
    if (b.kind === 'view') {
      return h('input', { id: 'menu-url-' + id, type: 'url', placeholder: 'https://…', value: b.url, 'aria-label': '链接网址',
        oninput: (e) => { b.url = e.target.value; } });
    }
    if (b.kind === 'click') {
      return h('input', { id: 'menu-key-' + id, list: 'menu-keys', placeholder: 'tickets、faq:编号…', value: b.key,
        'aria-label': '点击的 key', oninput: (e) => { b.key = e.target.value; } });
    }
    return null;
  }

  function kindSelect(b, id, withList) {
    const options = [['click', '点击'], ['view', '链接']];
    if (withList) options.unshift(['list', '子菜单']);
    return h('select', { id: 'menu-kind-' + id, 'aria-label': '按钮类型',
      onchange: (e) => { b.kind = e.target.value; if (b.kind === 'list' && !b.subs.length) b.subs.push(blank()); draw(); } },
    options.map(([v, label]) => h('option', { value: v, selected: b.kind === v }, label)));
  }

  function nameInput(b, id, max) {
    return h('input', { id: 'menu-name-' + id, value: b.name, placeholder: max === 8 ? '最多 4 个汉字' : '最多 8 个汉字',
      'aria-label': '菜单名称', oninput: (e) => { b.name = e.target.value; drawPreview(); } });
  }

  const blank = () => ({ name: '', kind: 'click', key: '', url: '', subs: [] });

  function draw() {
    clear(editor);
    menu.forEach((b, i) => {
      const subs = b.kind !== 'list' ? null : h('ol', { class: 'menu-subs' }, b.subs.map((s, j) => h('li', { class: 'menu-row' },
        nameInput(s, i + '-' + j, 16), kindSelect(s, i + '-' + j, false), target(s, i + '-' + j),
        h('button', { type: 'button', class: 'link', onclick: () => { b.subs.splice(j, 1); draw(); } }, '删除'))),
      b.subs.length < SUB ? h('li', {}, h('button', { type: 'button', id: 'menu-add-sub-' + i,
        onclick: () => { b.subs.push(blank()); open = i; draw(); } }, '＋ 子菜单')) : null);
      editor.appendChild(h('fieldset', { class: 'menu-top' }, h('legend', {}, '一级菜单 ' + (i + 1)),
        h('div', { class: 'menu-row' }, nameInput(b, i, 8), kindSelect(b, i, true), target(b, i),
          h('button', { type: 'button', class: 'link', onclick: () => { menu.splice(i, 1); open = -1; draw(); } }, '删除')),
        subs));
    });
    if (menu.length < TOP) {
      editor.appendChild(h('button', { type: 'button', id: 'menu-add', onclick: () => { menu.push(blank()); draw(); } }, '＋ 一级菜单'));
    }
    drawPreview();
  }

  async function publish(button) {
    button.disabled = true;
    error.textContent = '';
    try {
      menu = fromWechat(await put('/api/admin/wechat/menu', toWechat(menu)));
      draw();
      toast('菜单已发布到公众号');
    } catch (e) {
      error.textContent = e.message;
      toast(e.message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  async function reload(button) {
    button.disabled = true;
    error.textContent = '';
    try {
      menu = fromWechat(await get('/api/admin/wechat/menu'));
      open = -1;
      draw();
      toast('已读取线上菜单');
    } catch (e) {
      error.textContent = e.message;
    } finally {
      button.disabled = false;
    }
  }

  const actions = h('p', {},
    h('button', { type: 'button', id: 'menu-publish', class: 'primary', onclick: (e) => publish(e.currentTarget) }, '发布到公众号'), ' ',
    h('button', { type: 'button', id: 'menu-load', onclick: (e) => reload(e.currentTarget) }, '读取线上菜单'));
  draw();
  root.append(h('h1', {}, '公众号菜单'),
    h('div', { class: 'menu-layout' },
      card('编辑',
        h('p', { class: 'muted' }, '最多 3 个一级菜单，每个下面最多 5 个子菜单。点击类按钮的 key：tickets（我的工单）、volunteer（志愿活动）、'
          + 'faq:问答编号、survey:问卷编号、subscribe:通知主题；链接类按钮填 http(s) 网址。发布后约 5 分钟内居民手机上生效。'),
        datalist, editor, error, actions),
      card('手机预览', preview)));
}
