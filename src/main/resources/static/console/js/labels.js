// Names operators read for the ids the API uses.

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

/** The lifecycle table of the ticket feature (TicketStatus.allowedNext), to offer only moves that can work. */
export const NEXT = {
  submitted: ['accepted', 'assigned', 'rejected', 'duplicate', 'withdrawn'],
  accepted: ['assigned', 'rejected', 'duplicate', 'withdrawn'],
  assigned: ['in_progress', 'accepted', 'rejected', 'duplicate', 'withdrawn'],
  in_progress: ['resolved', 'assigned', 'withdrawn'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['assigned', 'in_progress', 'resolved', 'rejected', 'duplicate', 'withdrawn'],
  rejected: [], duplicate: [], withdrawn: []
};

export const OPEN = ['submitted', 'accepted', 'assigned', 'in_progress', 'reopened'];

export function route(id) {
  return ROUTES[id] || id;
}

export function status(id) {
  return STATUSES[id] || id;
}
