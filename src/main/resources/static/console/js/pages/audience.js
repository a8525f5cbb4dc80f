// Choosing who a notice or an invitation goes to: all followers, a topic's, a tag's, a community's, or
// named residents. Returns the fields and a function that reads the Audience the API takes.
import { get } from '../api.js';
import { h, field, select, localDateTime } from '../ui.js';
import { fromBeijingInput } from '../labels.js';

export const AUDIENCES = [['all', '全部关注者'], ['topic', '订阅了某个主题的居民'], ['tag', '某个微信标签的居民'],
  ['community', '某个社区或网格的居民'], ['openids', '指定的居民（openid）']];

export function audienceName(text) {
  if (!text) return '';
  const [type, ...rest] = String(text).split(':');
  const found = AUDIENCES.find(([id]) => id === type);
  return (found ? found[1].replace('的居民', '') : type) + (rest.length ? '：' + rest.join(':') : '');
}

export async function audienceFields(prefix) {
  let topics = {};
  try { topics = await get('/api/admin/notices/topics'); } catch (e) { topics = {}; }
  let tags = [];
  try { tags = await get('/api/admin/notices/tags'); } catch (e) { tags = []; }
  const type = select(prefix + '-audience', AUDIENCES, 'all');
  const value = h('input', { id: prefix + '-audience-value', list: prefix + '-topics', placeholder: '' });
  const list = h('datalist', { id: prefix + '-topics' },
    Object.entries(topics).map(([t, n]) => h('option', { value: t }, t + '（' + n + ' 人订阅）')));
  const tagList = h('datalist', { id: prefix + '-tags' },
    (tags || []).map((t) => h('option', { value: t.name }, t.name + '（微信中 ' + t.wechatMembers + ' 人）')));
  const valueField = field('范围', value, '多个用逗号隔开');
  const sync = () => {
    valueField.style.display = type.value === 'all' ? 'none' : '';
    value.setAttribute('list', type.value === 'tag' ? prefix + '-tags' : prefix + '-topics');
    value.placeholder = { topic: '如 志愿活动', tag: '微信标签名', community: '如 文化路社区', openids: 'openid，多个用逗号隔开' }[type.value] || '';
  };
  type.addEventListener('change', sync);
  sync();
  const read = () => ({ type: type.value,
    value: type.value === 'all' ? [] : value.value.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean) });
  return { nodes: [h('div', { class: 'row' }, field('发送对象', type), valueField), list, tagList], read };
}

/** A typed date and time (see ui.localDateTime), read as Beijing time → ISO 8601, or null for "now"; throws in
 * Chinese when it cannot be read. */
export function instant(local) {
  return fromBeijingInput(localDateTime(local));
}
