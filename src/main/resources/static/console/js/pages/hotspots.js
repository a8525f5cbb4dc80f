// 问题热点 on the dashboard: tickets per grid and week as a heat map, and the positions residents sent as a
// scatter over our own outline of the district's grids (no map tiles), filtered by category and status.
import { get, query } from '../api.js';
import { h, card, clear, empty, number, select, field, time } from '../ui.js';
import { loadECharts } from '../charts.js';
import { STATUSES } from '../labels.js';

const MAP = 'civicchat-grids';
const WEEKS = [['4', '近 4 周'], ['8', '近 8 周'], ['12', '近 12 周'], ['26', '近半年'], ['52', '近一年']];
const STATUS_CHOICES = [['', '全部状态'], ['open', '在办（未办结）']].concat(Object.entries(STATUSES));

/** The heat map's option: weeks across, areas down, the count in each cell. */
export function heatOption(v) {
  const weeks = v.weeks.map((w) => w.start);
  const max = v.cells.reduce((m, c) => Math.max(m, c.count), 0);
  return {
    tooltip: { position: 'top', formatter: (p) => v.areas[p.value[1]] + '<br>' + v.weeks[p.value[0]].start + ' 至 '
      + v.weeks[p.value[0]].end + '：' + p.value[2] + ' 件' },
    grid: { left: 8, right: 16, top: 8, bottom: 56, containLabel: true },
    xAxis: { type: 'category', data: weeks.map((w) => w.substring(5) + ' 周'), splitArea: { show: true } },
    yAxis: { type: 'category', data: v.areas, inverse: true, splitArea: { show: true } },
    visualMap: { min: 0, max: Math.max(1, max), calculable: true, orient: 'horizontal', left: 'center', bottom: 0,
      itemHeight: 120, text: ['多', '少'], inRange: { color: ['#f1f8e9', '#ffcc80', '#e65100', '#b71c1c'] } },
    series: [{ name: '工单数', type: 'heatmap', label: { show: true, formatter: (p) => (p.value[2] ? p.value[2] : '') },
      data: v.cells.map((c) => [weeks.indexOf(c.week), v.areas.indexOf(c.area), c.count]) }]
  };
}

function geojson(v) {
  return { type: 'FeatureCollection', features: v.outlines.map((o) => ({ type: 'Feature', properties: { name: o.grid },
    geometry: { type: 'Polygon', coordinates: [o.ring] } })) };
}

/** The map's option: the grids' outlines, one scatter series per category of the located tickets. */
export function mapOption(v) {
  const byCategory = new Map();
  v.points.forEach((p) => {
    if (!byCategory.has(p.categoryName)) byCategory.set(p.categoryName, []);
    byCategory.get(p.categoryName).push({ name: p.number, value: [p.longitude, p.latitude], point: p });
  });
  return {
    tooltip: { trigger: 'item', formatter: (p) => (p.data && p.data.point
      ? p.data.point.number + '<br>' + p.data.point.categoryName + ' · ' + p.data.point.statusName + '<br>'
        + (p.data.point.grid || '未划分网格') + ' · ' + time(p.data.point.createdAt)
      : p.name) },
    legend: byCategory.size ? { top: 0, type: 'scroll' } : undefined,
    geo: { map: MAP, roam: true, top: byCategory.size ? 34 : 8, bottom: 8, label: { show: true, fontSize: 11, color: '#546e7a' },
      itemStyle: { areaColor: '#f5f7f6', borderColor: '#78909c', borderWidth: 1 },
      emphasis: { label: { show: true }, itemStyle: { areaColor: '#e8f5e9' } } },
    series: Array.from(byCategory.entries()).map(([name, data]) => ({ name, type: 'scatter', coordinateSystem: 'geo',
      symbolSize: 9, data, emphasis: { scale: 1.6 } }))
  };
}

/**
 * The 问题热点 card. state keeps the chosen filters across the dashboard's refreshes; categories are
 * [{id, name}] from the dashboard's figures. Returns the card and a promise of its charts drawn.
 */
export function hotspotCard(charts, state, categories) {
  const heat = h('div', { class: 'chart', id: 'chart-hotspot-heat' });
  const map = h('div', { class: 'chart tall', id: 'chart-hotspot-map' });
  const note = h('p', { class: 'muted', id: 'hotspot-note' }, '正在统计…');
  const category = select('hotspot-category', [['', '全部类别']].concat(categories.map((c) => [c.id, c.name])), state.category);
  const statusSelect = select('hotspot-status', STATUS_CHOICES, state.status);
  const weeks = select('hotspot-weeks', WEEKS, state.weeks);
  const box = h('div', { class: 'hotspot-charts' },
    h('div', {}, h('h3', {}, '各网格每周工单数'), heat), h('div', {}, h('h3', {}, '居民发送的位置'), map));
  const load = async () => {
    const v = await get('/api/admin/dashboard/hotspots' + query({ category: state.category, status: state.status,
      weeks: state.weeks }));
    const echarts = await loadECharts();
    echarts.registerMap(MAP, geojson(v));
    const total = v.cells.reduce((s, c) => s + c.count, 0);
    clear(note).append('所选范围内共 ' + number(total) + ' 件工单，其中 ' + number(v.points.length) + ' 件带有定位'
      + (v.complete ? '' : '（只显示最新的部分定位）') + '。网格轮廓为示意图，不是精确边界。');
    await Promise.all([charts.draw(heat, heatOption(v)), charts.draw(map, mapOption(v))]);
  };
  const change = (key, el) => el.addEventListener('change', () => {
    state[key] = el.value;
    load().catch((e) => clear(note).appendChild(empty(e.message)));
  });
  change('category', category);
  change('status', statusSelect);
  change('weeks', weeks);
  const node = card('问题热点',
    h('div', { class: 'filters', id: 'hotspot-filters' }, field('问题类别', category), field('工单状态', statusSelect),
      field('时间范围', weeks)), note, box);
  node.classList.add('wide');
  node.id = 'hotspots';
  return { node, ready: load().catch((e) => { clear(note).appendChild(empty(e.message)); }) };
}
