// What a resident reads in the chat for a survey, built the way the survey feature words it (SurveyTexts).
import { h } from '../ui.js';

const RATING_LABELS = ['非常不满意', '不满意', '一般', '满意', '非常满意'];

function choices(q) {
  if (q.kind === 'rating') return q.options && q.options.length === 5 ? q.options : RATING_LABELS;
  if (q.kind === 'text') return [];
  return q.options || [];
}

function hint(q) {
  const n = choices(q).length;
  switch (q.kind) {
    case 'multi': return '请回复序号，多个用顿号隔开，如：1、3。';
    case 'rating': return '请回复 1–5 的数字，5 表示非常满意。';
    case 'text': return '请直接回复文字，不想填写可回复“跳过”。';
    default: return '请回复序号（1–' + n + '）。';
  }
}

export function questionText(survey, index) {
  const q = survey.questions[index];
  let text = '（' + (index + 1) + '/' + survey.questions.length + '）' + (q.text || '').trim();
  if (q.kind === 'multi') text += '（可多选）';
  choices(q).forEach((c, i) => { text += '\n' + (i + 1) + '. ' + c; });
  return text + '\n' + hint(q);
}

export function introText(survey) {
  const intro = survey.intro && survey.intro.trim() ? survey.intro.trim() + '\n' : '';
  return '【' + (survey.title || '（未命名问卷）') + '】\n' + intro + '共' + survey.questions.length + '题，回复“退出”可随时暂停。';
}

/** The chat as bubbles: the intro, each question (with its showIf noted), the closing words. */
export function preview(survey) {
  const bot = (text) => h('div', { class: 'msg bot' }, text);
  const note = (text) => h('div', { class: 'msg sys' }, text);
  const items = [h('div', { class: 'msg me' }, '问卷'), bot(introText(survey))];
  survey.questions.forEach((q, i) => {
    if (q.showIf && q.showIf.question) {
      const ref = survey.questions.find((x) => x.id === q.showIf.question);
      const values = (q.showIf.anyOf || []).map((x) => (ref && ref.kind === 'rating' ? x : x + 1)).join('、');
      items.push(note('仅当 ' + q.showIf.question + (ref && ref.kind === 'rating' ? ' 评分为 ' : ' 选了第 ') + values
        + (ref && ref.kind === 'rating' ? ' 分' : ' 项') + '时显示'));
    }
    items.push(bot(questionText(survey, i)));
    if (q.tip && q.tip.trim()) items.push(note('答完后显示提示：' + q.tip.trim()));
  });
  items.push(bot(survey.outro && survey.outro.trim() ? survey.outro.trim()
    : '问卷已完成，感谢您的参与！您的意见是我们创建全国文明典范城市的重要参考。'));
  return h('div', { class: 'preview', id: 'survey-preview' }, items);
}
