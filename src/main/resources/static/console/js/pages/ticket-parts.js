// What the ticket list and one ticket's page share: the categories (with their departments) and the status
// badge. Both pages import this module; the list loads the ticket page on demand, never the other way round.
import { get } from '../api.js';
import { h } from '../ui.js';
import { status } from '../labels.js';

let categoriesCache = null;

/** The categories with their departments (cached for the session's page life). */
export async function categories() {
  if (!categoriesCache) {
    categoriesCache = get('/api/admin/tickets/categories').catch((e) => { categoriesCache = null; throw e; });
  }
  return categoriesCache;
}

export function departments(cats) {
  return Array.from(new Set(cats.map((c) => c.department).filter(Boolean))).sort((a, b) => a.localeCompare(b, 'zh'));
}

export function statusBadge(t) {
  return [h('span', { class: 'badge ' + t.status }, t.statusName || status(t.status)),
    t.overdue ? h('span', { class: 'badge overdue' }, '超期') : null,
    t.urgent ? h('span', { class: 'badge urgent' }, '紧急') : null];
}
