// 微信标签 on the 通知 page: WeChat's user tags (the "tag" audience and mass sends by tag). Creating a tag creates
// it in WeChat; adding residents tags them in WeChat first, 50 at a time; 同步 takes WeChat's member list as ours.
import { get, post, put } from '../api.js';
import { h, clear, card, empty, field, act, number, toast } from '../ui.js';

const openids = (text) => text.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);

export function tagsCard() {
  const list = h('ol', { class: 'outbox-list', id: 'tag-list' });
  const name = h('input', { id: 'tag-name', maxlength: '30', placeholder: '如 楼长（最多 10 个汉字）' });
  const members = h('textarea', { id: 'tag-openids', rows: '3', placeholder: '居民 openid，多个用逗号或换行隔开（可不填）' });

  const load = async () => {
    try {
      const tags = await get('/api/admin/notices/tags');
      clear(list);
      if (!tags.length) list.appendChild(h('li', {}, empty('还没有标签。')));
      tags.forEach((t) => list.appendChild(h('li', { dataset: { tag: t.name } },
        h('strong', {}, t.name), ' ',
        h('span', { class: 'muted' }, '微信中 ' + number(t.wechatMembers) + ' 人 · 本系统 ' + number(t.localMembers) + ' 人'), ' ',
        h('button', { type: 'button', class: 'link', onclick: (e) => act(e.currentTarget,
          () => post('/api/admin/notices/tags/' + encodeURIComponent(t.name) + '/sync'), '已按微信同步“' + t.name + '”')
          .then(load) }, '同步'))));
    } catch (e) {
      clear(list).appendChild(h('li', {}, empty(e.message)));
    }
  };

  const form = h('form', { class: 'form', id: 'tag-form', onsubmit: async (e) => {
    e.preventDefault();
    const tag = name.value.trim();
    const who = openids(members.value);
    const done = await act(form.querySelector('button[type=submit]'), async () => {
      if (!tag) throw new Error('请填写标签名。');
      await post('/api/admin/notices/tags', { name: tag });
      if (who.length) await put('/api/admin/notices/groups/tag/' + encodeURIComponent(tag), { openids: who });
      return true;
    });
    if (done) {
      toast(who.length ? '已为 ' + who.length + ' 位居民打上“' + tag + '”' : '标签“' + tag + '”已在微信创建');
      form.reset();
    }
    load();
  } },
  field('标签名', name), field('添加居民', members, '在微信中为他们打上这个标签，每次最多 1 万人'),
  h('div', { class: 'buttons' }, h('button', { type: 'submit', id: 'tag-save' }, '创建 / 添加居民')));

  load();
  return card('微信标签', h('p', { class: 'muted' }, '按标签发通知或群发时，发送对象就是微信中带这个标签的居民。'), list, form);
}
