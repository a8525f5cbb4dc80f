// 数据概览: messages, answers, tickets, the campaign survey's figures against their targets, the hotspots and
// volunteering, as charts with the numbers on hover.
import { get } from '../api.js';
import { h, clear, card, empty, percent, hours, number, failure, time, every } from '../ui.js';
import { ChartSet, bars, pie, gauge } from '../charts.js';
import { route, FAQ_OUTCOMES } from '../labels.js';
import { hotspotCard } from './hotspots.js';

const REFRESH_MS = 60000;

function kpi(id, name, value, sub) {
  return h('div', { class: 'kpi', id: 'kpi-' + id },
    h('div', { class: 'name' }, name), h('div', { class: 'value' }, value), sub ? h('div', { class: 'sub' }, sub) : null);
}

function chartCard(title, id, note) {
  const el = h('div', { class: 'chart', id: 'chart-' + id });
  return { el, node: card(title, note ? h('p', { class: 'muted' }, note) : null, el) };
}

/** A campaign figure as shown: the rate, 不适用 for a survey without such questions, 暂无答卷 before any answer. */
function measureValue(m) {
  if (!m.applicable) return '不适用';
  return m.rate === null || m.rate === undefined ? '暂无答卷' : percent(m.rate);
}

function measureVerdict(m) {
  if (!m.applicable || m.rate === null || m.rate === undefined) return '目标 ≥ ' + percent(m.target, 0);
  return '目标 ≥ ' + percent(m.target, 0) + (m.reached ? ' · 已达标' : ' · 未达标');
}

function campaignKpis(c) {
  if (!c.marked) return [kpi('campaign', '测评问卷', '未指定', '知晓率、参与率、满意度需先指定测评问卷')];
  return c.measures.map((m) => {
    const node = kpi('campaign-' + m.key, m.name, measureValue(m), measureVerdict(m));
    if (m.reached === true) node.classList.add('reached');
    if (m.reached === false) node.classList.add('missed');
    return node;
  });
}

function kpis(d) {
  const t = d.tickets;
  return h('div', { class: 'kpis' },
    kpi('messages-today', '今日消息', number(d.messages.today.total), '本周 ' + number(d.messages.week.total)),
    kpi('subscribed', '今日新增关注', number(d.messages.subscribedToday), '本周 ' + number(d.messages.subscribedWeek)),
    kpi('answer-rate', '本周问答答复率', percent(d.faq.week.answerRate), '共 ' + number(d.faq.week.total) + ' 问'),
    kpi('refused', '今日未能答复', number(d.faq.today.refuse), '本周 ' + number(d.faq.week.refuse)),
    t ? kpi('tickets-opened', '今日新工单', number(t.openedToday), '本周 ' + number(t.openedWeek)) : null,
    t ? kpi('tickets-resolved', '今日办结', number(t.resolvedToday), '本周 ' + number(t.resolvedWeek)) : null,
    t ? kpi('tickets-overdue', '超期未办', number(t.overdue), '在办 ' + number(t.open)) : null,
    t ? kpi('resolve-time', '平均办理时长', hours(t.avgResolveHours), '近 30 天办结的工单') : null,
    t ? kpi('satisfaction', '群众满意率', percent(t.satisfaction.rate), number(t.satisfaction.ratings) + ' 次评价') : null,
    campaignKpis(d.campaign));
}

/** 测评问卷: each campaign figure, its target and whether it is reached; or what to do when none is marked. */
function campaignCard(d, charts, jobs) {
  const c = d.campaign;
  if (!c.marked) {
    return card('测评问卷', h('p', { class: 'notice', id: 'campaign-note' }, c.note),
      h('p', {}, h('a', { href: '#/surveys' }, '去问卷页面指定 →')));
  }
  const gauges = h('div', { class: 'grid', style: 'grid-template-columns:repeat(auto-fit,minmax(140px,1fr))' });
  c.measures.forEach((m) => {
    const el = h('div', { class: 'chart small', id: 'chart-campaign-' + m.key });
    gauges.appendChild(el);
    jobs.push(charts.draw(el, gauge(m.name, m.applicable ? m.rate : null, m.target)));
  });
  const rows = c.measures.map((m) => h('tr', { id: 'measure-' + m.key },
    h('td', {}, m.name), h('td', { class: 'num' }, measureValue(m)),
    h('td', { class: 'num' }, m.applicable && m.of ? number(m.hits) + ' / ' + number(m.of) : '—'),
    h('td', { class: 'num' }, '≥ ' + percent(m.target, 0)),
    h('td', {}, m.reached === true ? h('span', { class: 'badge resolved' }, '已达标')
      : m.reached === false ? h('span', { class: 'badge overdue' }, '未达标')
        : h('span', { class: 'badge' }, m.applicable ? '暂无答卷' : '不适用'))));
  return card('测评问卷：' + c.title, h('p', { class: 'muted' }, number(d.survey ? d.survey.responses : 0) + ' 份完整答卷'),
    gauges, h('table', { class: 'list', id: 'campaign-measures' },
      h('thead', {}, h('tr', {}, ['指标', '当前', '人数', '目标', '是否达标'].map((x) => h('th', {}, x)))),
      h('tbody', {}, rows)));
}

/** 志愿服务: sign-ups, turn-out and hours by community and by month (latest twelve months). */
function volunteerCard(v) {
  const rows = (list, label) => h('table', { class: 'list' },
    h('thead', {}, h('tr', {}, [label, '活动', '报名', '签到', '到场率', '时长（小时）'].map((t) => h('th', {}, t)))),
    h('tbody', {}, list.map((r) => h('tr', {}, h('td', {}, r.key || '未填社区'), h('td', { class: 'num' }, number(r.activities)),
      h('td', { class: 'num' }, number(r.signedUp)), h('td', { class: 'num' }, number(r.checkedIn)),
      h('td', { class: 'num' }, percent(r.turnout)), h('td', { class: 'num' }, r.hours)))));
  const t = v.total;
  return card('志愿服务', h('p', { class: 'muted', id: 'volunteer-total' }, '近12个月 ' + number(t.activities) + ' 场活动，报名 '
    + number(t.signedUp) + ' 人次，签到 ' + number(t.checkedIn) + ' 人次（到场率 ' + percent(t.turnout) + '），服务时长 '
    + t.hours + ' 小时'), h('div', { id: 'volunteer-by-community' }, rows(v.byCommunity, '社区')),
  h('div', { id: 'volunteer-by-month' }, rows(v.byMonth.slice().reverse(), '月份')));
}

async function draw(root, charts, d, hotspots) {
  charts.reset();
  clear(root);
  root.appendChild(h('h1', {}, '数据概览',
    h('span', { class: 'actions muted', style: 'font-size:13px;font-weight:normal' }, '更新于 ' + time(d.generatedAt))));
  root.appendChild(kpis(d));
  const grid = h('div', { class: 'grid' });
  root.appendChild(grid);
  const jobs = [];
  const add = (title, id, option, note) => {
    const c = chartCard(title, id, note);
    grid.appendChild(c.node);
    jobs.push(charts.draw(c.el, option));
  };

  const ids = Array.from(new Set([...Object.keys(d.messages.week.routes), ...Object.keys(d.messages.today.routes)]));
  if (ids.length) {
    add('今日与本周消息（按意图）', 'intents', bars(ids.map(route), [
      { name: '今日', data: ids.map((i) => d.messages.today.routes[i] || 0) },
      { name: '本周', data: ids.map((i) => d.messages.week.routes[i] || 0) }]));
  } else {
    grid.appendChild(card('今日与本周消息（按意图）', empty('本周还没有居民消息。')));
  }
  add('近 14 天消息', 'trend', {
    tooltip: { trigger: 'axis' }, legend: { top: 0, type: 'scroll' },
    grid: { left: 8, right: 16, top: 34, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: d.messages.days.map((p) => p.day.substring(5)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: '消息', type: 'line', data: d.messages.days.map((p) => p.total) },
      { name: '反映问题', type: 'line', data: d.messages.days.map((p) => p.complaints) },
      { name: '提问', type: 'line', data: d.messages.days.map((p) => p.questions) }]
        .concat(d.tickets ? [{ name: '新工单', type: 'line',
          data: d.messages.days.map((p) => (d.tickets.days.find((t) => t.day === p.day) || {}).opened || 0) }] : [])
  });
  const outcomes = Object.keys(FAQ_OUTCOMES).map((k) => ({ name: FAQ_OUTCOMES[k], value: d.faq.week[k] || 0 }))
    .filter((o) => o.value > 0);
  if (d.faq.week.total) {
    add('本周问答结果', 'faq', pie(outcomes, { name: '问答结果' }), '答复率 = (直接答复 + 引用文件) ÷ 全部提问');
  } else {
    grid.appendChild(card('本周问答结果', empty('本周还没有居民提问。')));
  }

  const t = d.tickets;
  if (t) {
    const cats = t.byCategory.filter((c) => c.total > 0);
    if (cats.length) {
      add('工单（按问题类别）', 'categories', bars(cats.map((c) => c.name), [
        { name: '本周新增', data: cats.map((c) => c.openedWeek) },
        { name: '在办', data: cats.map((c) => c.open) },
        { name: '已办结', data: cats.map((c) => c.resolved) },
        { name: '超期', data: cats.map((c) => c.overdue), itemStyle: { color: '#c62828' } }], { horizontal: true }));
    } else {
      grid.appendChild(card('工单（按问题类别）', empty('还没有工单。')));
    }
    const depts = t.byDepartment.filter((c) => c.total > 0);
    if (depts.length) {
      add('工单（按责任部门）', 'departments', bars(depts.map((c) => c.name), [
        { name: '在办', data: depts.map((c) => c.open) },
        { name: '已办结', data: depts.map((c) => c.resolved) },
        { name: '超期', data: depts.map((c) => c.overdue), itemStyle: { color: '#c62828' } }],
      { horizontal: true, stack: undefined }));
    }
    const sat = t.satisfaction;
    if (sat.ratings) {
      add('群众评价', 'satisfaction', pie([
        { name: '满意', value: sat.satisfied, itemStyle: { color: '#2e7d32' } },
        { name: '基本满意', value: sat.basic, itemStyle: { color: '#9ccc65' } },
        { name: '不满意', value: sat.unsatisfied, itemStyle: { color: '#c62828' } }].filter((o) => o.value > 0),
      { name: '群众评价' }));
    }
  } else {
    grid.appendChild(card('工单', empty('工单功能上线后，这里会显示按类别和部门的工单数字。')));
  }

  grid.appendChild(campaignCard(d, charts, jobs));
  if (d.tickets) {
    const hot = hotspotCard(charts, hotspots, d.tickets.byCategory);
    grid.appendChild(hot.node);
    jobs.push(hot.ready);
  }
  if (d.volunteer) grid.appendChild(volunteerCard(d.volunteer));
  await Promise.all(jobs);
  root.dataset.ready = 'true';
}

export async function render(root) {
  const charts = new ChartSet();
  const hotspots = { category: '', status: '', weeks: '12' };
  const load = async () => {
    try {
      const d = await get('/api/admin/dashboard');
      await draw(root, charts, d, hotspots);
    } catch (e) {
      failure(root, e);
    }
  };
  await load();
  const stop = every(REFRESH_MS, load);
  return () => { stop(); charts.dispose(); };
}
