// 敏感词: the list residents' messages are flagged by and operators' texts are checked against.
import { get, put } from '../api.js';
import { h, card, act } from '../ui.js';

export async function render(root) {
  const data = await get('/api/admin/moderation/words');
  const box = h('textarea', { id: 'moderation-words', rows: '16', style: 'width:100%',
    'aria-label': '敏感词，每行一个' }, (data.words || []).join('\n'));
  const count = h('span', { id: 'moderation-count', class: 'muted' }, '共 ' + data.words.length + ' 个');
  const form = h('form', { class: 'form', id: 'moderation-form', onsubmit: async (e) => {
    e.preventDefault();
    const words = box.value.split('\n').map((w) => w.trim()).filter(Boolean);
    const saved = await act(form.querySelector('button[type=submit]'), () => put('/api/admin/moderation/words', { words }),
      '敏感词已保存');
    if (saved) {
      box.value = saved.words.join('\n');
      count.textContent = '共 ' + saved.words.length + ' 个';
    }
  } },
  box,
  h('p', {}, h('button', { type: 'submit', class: 'primary' }, '保存'), ' ', count));
  root.append(h('h1', {}, '敏感词'),
    card('词表',
      h('p', { class: 'muted' }, '每行一个词。匹配时忽略字间的空格和标点、全角和繁体写法。居民消息含这些词时照常受理，'
        + '但在工单里标出，对外公开时用 * 遮盖；问答、通知和问卷的文字含这些词时不能保存或发送。'),
      form));
}
