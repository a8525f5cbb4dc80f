// 新建问卷: a form for the survey and its questions, with the resident's view beside it, updated as you type.
import { get, post } from '../api.js';
import { h, clear, card, field, select, act, toast } from '../ui.js';
import { preview } from './survey-preview.js';

const KINDS = [['single', '单选'], ['multi', '多选'], ['rating', '满意度评分（1–5）'], ['text', '填空']];

/** "2, 3" (1-based, as operators count) → [1, 2] (0-based, as the API stores). */
function indexes(text) {
  return String(text || '').split(/[,，、\s]+/).map((s) => parseInt(s, 10)).filter((n) => n > 0).map((n) => n - 1);
}
const oneBased = (list) => (list || []).map((n) => n + 1).join('、');

export async function render(root, ctx) {
  let survey = { id: '', title: '', intro: '', outro: '', questions: [
    { id: 'q1', kind: 'single', text: '', options: ['', ''] }] };
  const from = ctx.params.get('from');
  if (from) {
    try {
      const base = await get('/api/admin/surveys/' + encodeURIComponent(from));
      survey = JSON.parse(JSON.stringify(base));
      survey.id = base.id + '-2';
      survey.title = base.title + '（修订）';
    } catch (e) {
      toast(e.message, 'error');
    }
  }
  const previewBox = h('div', {});
  const questionsBox = h('div', { class: 'form', id: 'survey-questions' });
  const refresh = () => clear(previewBox).appendChild(preview(survey));

  const text = (obj, key, attrs) => {
    const input = h(attrs && attrs.multiline ? 'textarea' : 'input', Object.assign({ value: obj[key] || '' }, attrs || {}));
    input.addEventListener('input', () => { obj[key] = input.value; refresh(); });
    return input;
  };

  function questionEditor(q, i) {
    const kind = select('kind-' + i, KINDS, q.kind);
    kind.addEventListener('change', () => { q.kind = kind.value; drawQuestions(); refresh(); });
    const options = h('textarea', { id: 'options-' + i, value: (q.options || []).join('\n'),
      placeholder: q.kind === 'rating' ? '可不填：默认 非常不满意…非常满意' : '每行一个选项' });
    options.addEventListener('input', () => {
      q.options = options.value.split('\n').map((s) => s.trim()).filter(Boolean);
      refresh();
    });
    const correct = h('input', { id: 'correct-' + i, value: oneBased(q.correct), placeholder: '如 2；多选如 1、3' });
    correct.addEventListener('input', () => { q.correct = indexes(correct.value); });
    const participating = h('input', { id: 'participating-' + i, value: oneBased(q.participating), placeholder: '如 1、2' });
    participating.addEventListener('input', () => { q.participating = indexes(participating.value); });
    const showQ = h('input', { value: q.showIf ? q.showIf.question : '', placeholder: '题号，如 q5' });
    const showAny = h('input', { value: q.showIf ? oneBased(q.showIf.anyOf) : '', placeholder: '选项序号，如 3、4' });
    const setShowIf = () => {
      q.showIf = showQ.value.trim() ? { question: showQ.value.trim(), anyOf: indexes(showAny.value) } : undefined;
      refresh();
    };
    showQ.addEventListener('input', setShowIf);
    showAny.addEventListener('input', setShowIf);
    const move = (d) => () => {
      const j = i + d;
      if (j < 0 || j >= survey.questions.length) return;
      [survey.questions[i], survey.questions[j]] = [survey.questions[j], survey.questions[i]];
      drawQuestions(); refresh();
    };
    const choice = q.kind === 'single' || q.kind === 'multi';
    return h('div', { class: 'question-editor' },
      h('div', { class: 'row' }, h('strong', {}, '第 ' + (i + 1) + ' 题（' + q.id + '）'), field('题型', kind)),
      field('题目', text(q, 'text', { id: 'qtext-' + i })),
      q.kind === 'text' ? null : field(q.kind === 'rating' ? '五个等级的说法（可不填）' : '选项', options),
      choice ? h('div', { class: 'row' },
        field('正确答案（知晓率题填写）', correct, '填了就计入知晓率'),
        q.kind === 'single' ? field('表示“参与过”的选项', participating, '填了就计入参与率') : null) : null,
      field('答后提示（可不填）', text(q, 'tip', { placeholder: '例如正确答案的解释' })),
      h('div', { class: 'row' }, field('仅当这道题…', showQ), field('…选了这些项时才问', showAny)),
      h('div', { class: 'buttons' },
        h('button', { type: 'button', onclick: move(-1) }, '上移'), h('button', { type: 'button', onclick: move(1) }, '下移'),
        h('button', { type: 'button', class: 'danger', onclick: () => {
          survey.questions.splice(i, 1); drawQuestions(); refresh();
        } }, '删除此题')));
  }

  function drawQuestions() {
    clear(questionsBox).append(...survey.questions.map(questionEditor));
  }

  const nextId = () => {
    let n = survey.questions.length + 1;
    while (survey.questions.some((q) => q.id === 'q' + n)) n++;
    return 'q' + n;
  };

  const form = h('form', { class: 'form', id: 'survey-editor', onsubmit: async (e) => {
    e.preventDefault();
    const body = JSON.parse(JSON.stringify(survey));
    body.questions.forEach((q) => {
      q.options = (q.options || []).map((o) => o.trim()).filter(Boolean);
      if (q.kind === 'text' || (q.kind === 'rating' && q.options.length !== 5)) delete q.options;
      if (!q.tip) delete q.tip;
      if (!(q.correct || []).length) delete q.correct;
      if (!(q.participating || []).length) delete q.participating;
    });
    const created = await act(form.querySelector('button[type=submit]'), () => {
      if (!body.id || !body.title) throw new Error('请填写问卷编号和标题。');
      return post('/api/admin/surveys', body);
    }, '问卷已创建并开放作答');
    if (created) location.hash = '#/surveys/' + encodeURIComponent(created.id || body.id);
  } },
  h('div', { class: 'row' },
    field('问卷编号', text(survey, 'id', { id: 'survey-id', placeholder: '如 awareness-2026-autumn' }), '字母、数字和短横线，居民回复“问卷 编号”开始'),
    field('标题', text(survey, 'title', { id: 'survey-title' }))),
  field('开场白', text(survey, 'intro', { id: 'survey-intro', multiline: true })),
  field('结束语', text(survey, 'outro', { id: 'survey-outro', multiline: true })),
  questionsBox,
  h('div', { class: 'buttons' },
    h('button', { type: 'button', id: 'survey-add-question', onclick: () => {
      survey.questions.push({ id: nextId(), kind: 'single', text: '', options: ['', ''] });
      drawQuestions(); refresh();
    } }, '添加一道题'),
    h('button', { type: 'submit', class: 'primary', id: 'survey-save' }, '保存并开放作答')));

  root.append(h('h1', {}, from ? '以《' + from + '》为底稿新建问卷' : '新建问卷'),
    h('p', { class: 'muted' }, '问卷保存后即可作答；为保证统计一致，已保存的问卷不再修改题目，需要调整时请“复制并修改”为新问卷。'),
    h('div', { class: 'two' }, card(null, form), card('居民看到的样子', previewBox)));
  drawQuestions();
  refresh();
  root.dataset.ready = 'true';
  return undefined;
}
