// What operators read for what the API sends: names for the ids, and times in Beijing time. Every page takes
// its labels and its times from here, so a status or a clock reads the same everywhere.

export const ROUTES = {
  faq: '咨询问答', other: '其他提问', complaint: '反映问题', ticket_query: '查询工单', survey: '问卷',
  greeting: '问候', flow: '多轮对话', photo: '照片', location: '位置', command: '指令', empty: '空消息',
  link: '链接', unsupported: '其他类型'
};

export const FAQ_OUTCOMES = { answer: '直接答复', passage: '引用文件', clarify: '请居民选择', refuse: '未能答复' };

export const STATUSES = {
  submitted: '已提交', accepted: '已受理', assigned: '已派单', in_progress: '处理中', resolved: '已处理',
  closed: '已办结', rejected: '不予受理', duplicate: '重复反映', reopened: '重新办理', withdrawn: '已撤回'
};

export const OPEN = ['submitted', 'accepted', 'assigned', 'in_progress', 'reopened'];

export function route(id) {
  return ROUTES[id] || id;
}

export function status(id) {
  return STATUSES[id] || id;
}

// ---- times: the office works in Beijing time, whatever zone the browser is set to

export const ZONE = 'Asia/Shanghai';
const PARTS = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function beijing(value) {
  if (value === null || value === undefined || value === '') return null;
  const d = new Date(value);
  if (isNaN(d)) return null;
  const p = {};
  PARTS.formatToParts(d).forEach((part) => { p[part.type] = part.value; });
  return p;
}

/** "2026-05-03 14:05" in Beijing time; what the server sent, as it is, when it is not a time. */
export function time(value) {
  if (!value) return '';
  const p = beijing(value);
  if (!p) return String(value);
  return p.year + '-' + p.month + '-' + p.day + ' ' + p.hour + ':' + p.minute;
}

/** An instant as a datetime-local input's value, in Beijing time ("2026-05-03T14:05"). */
export function beijingInput(instant) {
  const p = beijing(instant);
  return p ? p.year + '-' + p.month + '-' + p.day + 'T' + p.hour + ':' + p.minute : '';
}

/** A datetime-local input's value, read as Beijing time (UTC+8, no daylight saving), as an ISO instant; null when empty. */
export function fromBeijingInput(local) {
  if (!local) return null;
  const m = String(local).match(/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?/);
  if (!m) return null;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4] - 8, +m[5], +(m[6] || 0))).toISOString();
}
