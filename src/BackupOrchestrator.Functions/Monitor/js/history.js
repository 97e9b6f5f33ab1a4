import { app } from './api.js';
import { h, badge, duration } from './format.js';

export const live = () => false;

/** The last 30 nights as a calendar (weeks as rows, Monday first), each day's outcome as a word and a symbol. */
export async function render(section, { arg }) {
  const nights = await app('nights?last=30');
  const chosen = nights.find((n) => n.day === arg) ?? nights.find((n) => n.ran) ?? nights[0];
  const ordered = [...nights].reverse();
  const weekday = (d) => (new Date(d + 'T00:00:00Z').getUTCDay() + 6) % 7;
  const cells = [...Array(weekday(ordered[0].day)).fill(null), ...ordered];
  const weeks = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  const counts = (n) => Object.entries(n.counts).map(([s, c]) => `${c} ${s}`).join(', ');
  const calendar = h('table', { id: 'history-calendar', class: 'calendar' },
    h('caption', {}, `The last ${nights.length} nights`),
    h('thead', {}, h('tr', {}, ...['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].map((d) => h('th', { scope: 'col' }, d)))),
    h('tbody', {}, ...weeks.map((w) => h('tr', {}, ...w.map((n) => (n === null ? h('td', {}) : h('td', { 'data-day': n.day, 'data-outcome': n.outcome, class: n.day === chosen.day ? 'chosen' : '' },
      h('a', { href: `#history/${n.day}`, 'aria-label': `${n.day}: ${n.outcome}${n.ran ? `, ${counts(n)}` : ''}` }, h('span', { class: 'day' }, n.day.slice(8)), badge(n.outcome)))))))));
  const detail = h('section', { id: 'night-detail', 'aria-label': `Night ${chosen.day}` },
    h('h3', {}, `Night ${chosen.day}: ${chosen.outcome}`),
    chosen.ran ? h('table', {},
      h('thead', {}, h('tr', {}, ...['Service', 'State', 'Why', 'Snapshot', 'Duration'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...chosen.services.map((s) => h('tr', { 'data-service': s.service },
        h('th', { scope: 'row' }, s.service), h('td', {}, badge(s.state)), h('td', {}, s.reason ?? ''), h('td', {}, s.snapshotId?.slice(0, 8) ?? '—'), h('td', {}, duration(s.seconds))))))
      : h('p', {}, 'No night ran that day.'));
  section.replaceChildren(h('h2', { id: 'title-history' }, 'History'), calendar, detail);
}
