// 问答库: entries by group with search, the editor, a live "试一试" box showing what the bot would answer and
// how sure it is, and the queue of questions it could not answer directly, each a start for a new entry.
import { get, post, put } from '../api.js';
import { h, clear, card, empty, field, time, act, percent, number } from '../ui.js';
import { FAQ_OUTCOMES, route } from '../labels.js';

const GROUPS = { campaign: '创建知识', environment: '环境卫生', behaviour: '文明行为', community: '社区服务',
  culture: '文化活动', service: '公众号服务', volunteer: '志愿服务' };
const groupName = (g) => GROUPS[g] || g || '未分组';
const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);

function entriesOf(body) {
  if (Array.isArray(body)) return body;
  if (body && Array.isArray(body.entries)) return body.entries;
  if (body && typeof body === 'object') return Object.values(body).flat();
  return [];
}

/** What the bot would say, from a decision of POST /api/admin/faq/try. */
function decisionView(d) {
  const kind = String(d.kind || d.decision || '').toLowerCase();
  const score = (c) => (typeof c.confidence === 'number' ? c.confidence : c.score);
  const conf = typeof d.confidence === 'number' ? d.confidence
    : d.faq && typeof d.faq.score === 'number' ? d.faq.score
      : d.candidates && d.candidates.length ? score(d.candidates[0]) : 0;
  const reply = d.reply || (d.entry && d.entry.answer) || (d.passage && (d.passage.text || d.passage.content)) || '';
  if (!d.entry && d.faq && d.faq.id) d.entry = { id: d.faq.id, question: ((d.candidates || [])[0] || {}).question || d.faq.id };
  if (!kind) {
    return h('div', { id: 'faq-try-result', dataset: { kind: 'none' } },
      h('p', {}, '这句话不会交给问答库：机器人把它理解为“' + route(d.intent || 'other') + '”。'));
  }
  return h('div', { id: 'faq-try-result', dataset: { kind } },
    h('div', { class: 'confidence' }, h('strong', { id: 'faq-try-kind' }, FAQ_OUTCOMES[kind] || kind),
      h('span', { class: 'meter' }, h('span', { style: 'width:' + Math.round(conf * 100) + '%' })),
      h('span', { id: 'faq-try-confidence' }, '把握 ' + percent(conf, 0))),
    d.entry ? h('p', { class: 'muted' }, '命中：' + d.entry.question + '（' + d.entry.id + '）') : null,
    kind === 'clarify' && d.candidates ? h('ol', {}, d.candidates.map((c) => h('li', {},
      c.question + '（把握 ' + percent(score(c), 0) + '）'))) : null,
    reply ? h('div', { class: 'answer-box', id: 'faq-try-reply' }, reply) : null,
    kind === 'refuse' ? h('p', { class: 'muted' }, '机器人会礼貌地说明暂时答不了，并把问题留给工作人员。') : null);
}

export async function render(root, ctx) {
  let entries = [];
  let group = '';
  const search = h('input', { type: 'search', id: 'faq-search', placeholder: '搜索问题或答案' });
  const groupsBar = h('div', { class: 'tabs', id: 'faq-groups', style: 'margin-top:10px' });
  const listBox = h('div', { id: 'faq-list' });
  const editorCard = card('编辑问答', empty('从左边选一条问答，或点“新增问答”。'));
  const tryInput = h('input', { id: 'faq-try', placeholder: '输入居民可能会问的话，例如：垃圾分类有哪几类？' });
  const tryResult = h('div', {}, empty('输入后会显示机器人的回答和把握。'));
  const queueCard = card('没能直接答复的问题', h('p', { class: 'muted' }, '正在加载…'));

  const visible = () => {
    const q = search.value.trim().toLowerCase();
    return entries.filter((e) => (!group || e.group === group) && (!q
      || [e.id, e.question, e.answer].concat(e.alternates || []).some((s) => String(s || '').toLowerCase().includes(q))));
  };

  const drawList = () => {
    const groups = Array.from(new Set(entries.map((e) => e.group))).sort();
    clear(groupsBar).append(h('button', { type: 'button', class: group ? '' : 'current', onclick: () => { group = ''; drawList(); } }, '全部'),
      ...groups.map((g) => h('button', { type: 'button', class: group === g ? 'current' : '', onclick: () => { group = g; drawList(); } },
        groupName(g) + '（' + entries.filter((e) => e.group === g).length + '）')));
    const shown = visible();
    clear(listBox);
    if (!shown.length) { listBox.appendChild(empty('没有符合的问答。')); return; }
    listBox.appendChild(h('table', { class: 'list cards' },
      h('thead', {}, h('tr', {}, h('th', {}, '问题'), h('th', {}, '分组'), h('th', {}, '答案'))),
      h('tbody', {}, shown.slice(0, 300).map((e) => h('tr', { class: 'clickable', dataset: { id: e.id }, onclick: () => edit(e) },
        h('td', { 'data-label': '问题' }, e.question),
        h('td', { 'data-label': '分组', class: 'nowrap' }, groupName(e.group)),
        h('td', { 'data-label': '答案', class: 'clip', title: e.answer }, e.answer))))));
  };

  function edit(entry, isNew) {
    const e = entry || {};
    const id = h('input', { id: 'faq-id', value: e.id || '', disabled: !isNew, placeholder: '英文字母和短横线，如 sorting-kinds' });
    const grp = h('input', { id: 'faq-group', value: e.group || group || '', list: 'faq-group-list' });
    const question = h('input', { id: 'faq-question', value: e.question || '' });
    const alternates = h('textarea', { id: 'faq-alternates', value: (e.alternates || []).join('\n') });
    const answer = h('textarea', { id: 'faq-answer', value: e.answer || '', style: 'min-height:140px' });
    const next = h('input', { id: 'faq-next', value: e.next || '' });
    const form = h('form', { class: 'form', id: 'faq-editor', onsubmit: async (ev) => {
      ev.preventDefault();
      const body = { id: id.value.trim(), group: grp.value.trim(), question: question.value.trim(),
        alternates: lines(alternates.value), answer: answer.value.trim(), next: next.value.trim() || null,
        links: e.links || [] };
      const saved = await act(form.querySelector('button[type=submit]'), () => {
        if (!body.id || !body.question || !body.answer) throw new Error('编号、问题和答案都要填写。');
        return isNew ? post('/api/admin/faq', body) : put('/api/admin/faq/' + encodeURIComponent(body.id), body);
      }, '已保存，各节点的问答索引正在更新');
      if (saved !== undefined) {
        await load();
        const fresh = entries.find((x) => x.id === body.id);
        if (fresh) edit(fresh);
        if (tryInput.value.trim()) tryNow();
      }
    } },
    h('div', { class: 'row' }, field('编号', id), field('分组', grp)),
    h('datalist', { id: 'faq-group-list' }, Object.keys(GROUPS).map((g) => h('option', { value: g }, GROUPS[g]))),
    field('标准问题', question), field('其他问法（每行一个）', alternates, '居民常用的说法，越多越容易答对'),
    field('答案', answer, '控制在手机一屏内，语气亲切礼貌'), field('追问提示（可不填）', next),
    h('div', { class: 'buttons' }, h('button', { type: 'submit', class: 'primary', id: 'faq-save' }, '保存'),
      h('button', { type: 'button', onclick: () => { tryInput.value = question.value; tryNow(); } }, '用标准问题试一试')));
    clear(editorCard).append(h('h2', {}, isNew ? '新增问答' : '编辑问答'), form);
    editorCard.scrollIntoView({ block: 'nearest' });
  }

  let tryTimer;
  let trySeq = 0;
  async function tryNow() {
    const text = tryInput.value.trim();
    const mine = ++trySeq;
    if (!text) { clear(tryResult).appendChild(empty('输入后会显示机器人的回答和把握。')); return; }
    try {
      let d;
      try {
        d = await post('/api/admin/faq/try', { text });
      } catch (e) {
        if (e.status !== 404) throw e;
        d = await post('/api/admin/nlu/analyze', { text });
      }
      if (mine === trySeq) clear(tryResult).appendChild(decisionView(d));
    } catch (e) {
      if (mine === trySeq) clear(tryResult).appendChild(empty(e.message));
    }
  }
  tryInput.addEventListener('input', () => { clearTimeout(tryTimer); tryTimer = setTimeout(tryNow, 350); });
  search.addEventListener('input', drawList);

  async function load() {
    try {
      entries = entriesOf(await get('/api/admin/faq'));
      drawList();
    } catch (e) {
      clear(listBox).appendChild(empty(e.status === 404 ? '问答库管理接口还没有上线。' : e.message));
    }
  }

  async function loadQueue() {
    try {
      const items = await get('/api/admin/faq/unanswered');
      const list = Array.isArray(items) ? items : (items.items || []);
      clear(queueCard).append(h('h2', {}, '没能直接答复的问题'),
        h('p', { class: 'muted' }, '居民问过、机器人没能直接答复（拒答或请居民选择）的问题，按次数排序。点“加为……的问法”，这个问题就成为该条目的一种问法，立即生效。'),
        list.length ? h('table', { class: 'list cards', id: 'faq-queue' },
          h('thead', {}, h('tr', {}, h('th', {}, '问题'), h('th', { class: 'num' }, '次数'), h('th', {}, '最近一次'), h('th', {}, ''))),
          h('tbody', {}, list.map((q) => h('tr', {},
            h('td', { 'data-label': '问题' }, q.text),
            h('td', { 'data-label': '次数', class: 'num' }, number(q.count)),
            h('td', { 'data-label': '最近', class: 'nowrap' }, time(q.lastAsked)),
            h('td', {}, (q.nearest || []).map((n) => h('button', { type: 'button', class: 'link teach',
              title: '相近程度 ' + percent(n.score), onclick: async () => {
                try {
                  await post('/api/admin/faq/' + encodeURIComponent(n.id) + '/alternates', { text: q.text });
                  await Promise.all([load(), loadQueue()]);
                } catch (e) {
                  clear(queueCard).appendChild(empty(e.message));
                }
              } }, '加为「' + n.question + '」的问法')),
            h('button', { type: 'button', class: 'link', onclick: () => {
              edit({ question: q.text, alternates: [], answer: '', group: '' }, true);
              tryInput.value = q.text;
              tryNow();
            } }, '据此新建'))))))
          : empty('暂时没有需要补充的问题。'));
    } catch (e) {
      clear(queueCard).append(h('h2', {}, '没能直接答复的问题'), empty(e.status === 404 ? '接口还没有上线。' : e.message));
    }
  }

  root.append(h('h1', {}, '问答库', h('span', { class: 'actions' },
    h('button', { type: 'button', class: 'primary', id: 'faq-new', onclick: () => edit(null, true) }, '新增问答'))),
  h('div', { class: 'two' },
    h('div', {}, queueCard, card(null, field('搜索', search), groupsBar, listBox)),
    h('div', {}, card('试一试', field('看看机器人现在会怎么回答', tryInput), tryResult), editorCard)));
  await Promise.all([load(), loadQueue()]);
  root.dataset.ready = 'true';
  return () => clearTimeout(tryTimer);
}
