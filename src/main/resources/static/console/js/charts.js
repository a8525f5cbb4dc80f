// ECharts from the Maven webjar, loaded the first time a page draws a chart (phones that only list tickets
// never download it). Every chart shows its numbers on hover.

const SOURCE = '/webjars/echarts/5.3.1/dist/echarts.min.js';
let loading = null;

export function loadECharts() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = SOURCE;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => { loading = null; reject(new Error('图表组件加载失败，请刷新页面重试。')); };
      document.head.appendChild(script);
    });
  }
  return loading;
}

export const PALETTE = ['#2e7d32', '#1565c0', '#ef6c00', '#6a1b9a', '#00838f', '#c62828', '#558b2f', '#4e342e',
  '#ad1457', '#37474f', '#f9a825', '#0277bd'];

/** Keeps the charts of one page: resizes them with the window, disposes them when the page goes. */
export class ChartSet {
  constructor() {
    this.charts = [];
    this.onResize = () => this.charts.forEach((c) => c.resize());
    window.addEventListener('resize', this.onResize);
  }

  /** Draws (or redraws) a chart in el. */
  async draw(el, option) {
    const echarts = await loadECharts();
    let chart = echarts.getInstanceByDom(el);
    if (!chart) {
      chart = echarts.init(el, null, { renderer: 'canvas' });
      this.charts.push(chart);
    }
    const still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    chart.setOption(Object.assign({ color: PALETTE, animation: !still, animationDuration: 300 }, option), true);
    return chart;
  }

  /** Disposes the charts drawn so far (before a page draws itself again). */
  reset() {
    this.charts.forEach((c) => c.dispose());
    this.charts = [];
  }

  dispose() {
    window.removeEventListener('resize', this.onResize);
    this.reset();
  }
}

/** A bar chart of named values (horizontal when there are many long names). */
export function bars(names, series, options = {}) {
  const horizontal = options.horizontal;
  const category = { type: 'category', data: names, axisLabel: { interval: 0, width: 110, overflow: 'truncate' } };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: series.length > 1 ? { top: 0 } : undefined,
    grid: { left: 8, right: 16, top: series.length > 1 ? 30 : 12, bottom: 8, containLabel: true },
    xAxis: horizontal ? value : Object.assign({}, category, { axisLabel: { interval: 0, rotate: names.length > 5 ? 30 : 0 } }),
    yAxis: horizontal ? Object.assign({}, category, { inverse: true }) : value,
    series: series.map((s) => Object.assign({ type: 'bar', barMaxWidth: 28, stack: options.stack }, s))
  };
}

/** A doughnut of named values. */
export function pie(data, options = {}) {
  return {
    tooltip: { trigger: 'item', formatter: '{b}：{c}（{d}%）' },
    legend: { bottom: 0 },
    series: [{ type: 'pie', radius: ['36%', '60%'], center: ['50%', '45%'], data, name: options.name,
      label: { formatter: '{c}', fontSize: 13 }, labelLine: { length: 6, length2: 6 } }]
  };
}

/** A gauge from 0 to 100%; with a target (0–1), the scale is red below it and green from it on. */
export function gauge(name, rate, target) {
  const none = rate === null || rate === undefined;
  const value = none ? 0 : Math.round(rate * 1000) / 10;
  const line = target === undefined || target === null ? { width: 12 }
    : { width: 12, color: [[target, '#ffcdd2'], [1, '#c8e6c9']] };
  return {
    tooltip: { formatter: (p) => p.name + '：' + (none ? '暂无数据' : p.value + '%')
      + (target === undefined || target === null ? '' : '（目标 ' + Math.round(target * 100) + '%）') },
    series: [{ type: 'gauge', name, min: 0, max: 100, progress: { show: true, width: 12 },
      axisLine: { lineStyle: line }, axisTick: { show: false }, splitLine: { show: false },
      axisLabel: { show: false }, pointer: { show: false },
      title: { offsetCenter: [0, '70%'], fontSize: 13 },
      detail: { valueAnimation: true, offsetCenter: [0, '10%'], fontSize: 22,
        formatter: none ? '—' : '{value}%' },
      data: [{ value, name }] }]
  };
}
