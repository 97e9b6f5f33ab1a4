// The orchestrations over the Durable HTTP management API, as the Durable Functions Monitor shows them: a
// filtered, sortable, paged list, and one instance with its input, output, custom status, history and actions.
// It reads through the Durable API; its actions go to the app's own endpoints (orchestrations/...), which the
// read-only mode refuses (the Durable API belongs to the host and does not know that mode).
import { durable, app, Problem } from './api.js';
import { h, badge, time, backupState } from './format.js';
import { confirmAction, notify, showError } from './main.js';

const STATUSES = ['Pending', 'Running', 'Completed', 'Failed', 'Terminated', 'Suspended', 'ContinuedAsNew'];
const filter = { statuses: [], from: '', to: '', prefix: '', name: '', top: 50, auto: false };
const paging = { tokens: [null], page: 0 };
let sort = { key: 'createdTime', dir: -1 };

export const live = (name) => (name === 'orchestrations' ? filter.auto : false);

export function render(section, context) {
  return context.name === 'instance' ? renderInstance(section, context.arg, context) : renderList(section, context);
}

function query() {
  const q = new URLSearchParams({ top: String(filter.top) });
  if (filter.statuses.length) q.set('runtimeStatus', filter.statuses.join(','));
  if (filter.from) q.set('createdTimeFrom', new Date(filter.from + 'Z').toISOString());
  if (filter.to) q.set('createdTimeTo', new Date(filter.to + 'Z').toISOString());
  if (filter.prefix) q.set('instanceIdPrefix', filter.prefix);
  return q;
}

function form(reload) {
  const statusBoxes = STATUSES.map((s) => h('label', { class: 'check' },
    h('input', { type: 'checkbox', name: 'status', value: s, checked: filter.statuses.includes(s) }), ` ${s}`));
  const f = h('form', { id: 'orchestration-filters', class: 'filters' },
    h('fieldset', {}, h('legend', {}, 'Status'), ...statusBoxes),
    h('label', {}, 'Created from (UTC) ', h('input', { type: 'datetime-local', name: 'from', step: '1', value: filter.from })),
    h('label', {}, 'to (UTC) ', h('input', { type: 'datetime-local', name: 'to', step: '1', value: filter.to })),
    h('label', {}, 'Instance id starts with ', h('input', { type: 'search', name: 'prefix', value: filter.prefix, placeholder: 'backup:2026-12-01:' })),
    h('label', {}, 'Name contains ', h('input', { type: 'search', name: 'name', value: filter.name, placeholder: 'ServiceBackup' })),
    h('label', {}, 'Per page ', h('select', { name: 'top' }, ...[25, 50, 100, 200].map((n) => h('option', { value: n, selected: n === filter.top }, n)))),
    h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'auto', checked: filter.auto }), ' Auto-refresh'),
    h('button', { type: 'submit' }, 'Apply'));
  f.addEventListener('submit', (e) => {
    e.preventDefault();
    const data = new FormData(f);
    filter.statuses = data.getAll('status');
    filter.from = data.get('from'); filter.to = data.get('to');
    filter.prefix = data.get('prefix').trim(); filter.name = data.get('name').trim();
    filter.top = +data.get('top'); filter.auto = data.get('auto') === 'on';
    paging.tokens = [null]; paging.page = 0;
    reload();
  });
  return f;
}

async function renderList(section, { first }) {
  if (first || !section.querySelector('#orchestration-list')) {
    const holder = h('div', { id: 'orchestration-list', 'aria-live': 'polite' });
    const reload = () => loadList(holder).catch(showError);
    section.replaceChildren(h('h2', { id: 'title-orchestrations' }, 'Orchestrations'), form(reload), holder);
    await loadList(holder);
  } else {
    await loadList(section.querySelector('#orchestration-list'));
  }
}

async function loadList(holder) {
  const q = query();
  // Table storage may answer a page short (even empty) with a continuation token: fetch on until the page is full.
  let token = paging.tokens[paging.page];
  const fetched = [];
  let next = null;
  // The Durable API filters by status, created time and id prefix, not by name: the name is matched here, fetching
  // on until the page holds a page of matches (or the list ends), so it filters the whole list, not one page.
  const named = (i) => !filter.name || i.name.toLowerCase().includes(filter.name.toLowerCase());
  do {
    const { json, response } = await durable(`instances?${q}`, { headers: token ? { 'x-ms-continuation-token': token } : {} });
    fetched.push(...json.filter(named));
    next = response.headers.get('x-ms-continuation-token');
    token = next;
  } while (next && fetched.length < filter.top);
  paging.tokens[paging.page + 1] = next || undefined;
  let items = fetched;
  items = items.sort((a, b) => (a[sort.key] < b[sort.key] ? -1 : a[sort.key] > b[sort.key] ? 1 : 0) * sort.dir);
  const header = (key, label) => h('th', { scope: 'col', 'aria-sort': sort.key === key ? (sort.dir > 0 ? 'ascending' : 'descending') : 'none' },
    h('button', { type: 'button', class: 'sort', 'data-sort': key, onclick: () => { sort = { key, dir: sort.key === key ? -sort.dir : 1 }; loadList(holder).catch(showError); } },
      label, sort.key === key ? (sort.dir > 0 ? ' ▲' : ' ▼') : ''));
  holder.replaceChildren(
    h('p', { id: 'orchestration-count' }, `${items.length} instance${items.length === 1 ? '' : 's'} on page ${paging.page + 1}${filter.name ? ` named like “${filter.name}”` : ''}. `,
      h('strong', {}, 'Sorting orders this page only'), ' (the Durable API pages in its own order); the filters apply to the whole list.'),
    h('div', { class: 'scroll' }, h('table', { id: 'orchestration-table' },
      h('caption', {}, 'Orchestration instances (sorted within this page)'),
      h('thead', {}, h('tr', {}, header('instanceId', 'Instance'), header('name', 'Name'), header('runtimeStatus', 'Status'), header('createdTime', 'Created'), header('lastUpdatedTime', 'Last updated'))),
      h('tbody', {}, ...items.map((i) => h('tr', { 'data-instance': i.instanceId, 'data-status': i.runtimeStatus },
        h('th', { scope: 'row' }, h('a', { href: `#instance/${encodeURIComponent(i.instanceId)}` }, i.instanceId)),
        h('td', {}, i.name), h('td', {}, badge(i.runtimeStatus)), h('td', { class: 'time' }, time(i.createdTime)), h('td', { class: 'time' }, time(i.lastUpdatedTime))))))),
    h('nav', { class: 'pager', 'aria-label': 'Pages' },
      h('button', { type: 'button', id: 'page-prev', disabled: paging.page === 0, onclick: () => { paging.page--; loadList(holder).catch(showError); } }, '← Previous page'),
      h('button', { type: 'button', id: 'page-next', disabled: !next, onclick: () => { paging.page++; loadList(holder).catch(showError); } }, 'Next page →')));
  document.body.dataset.drawnAt = String(performance.now());
  document.body.dataset.ready = 'true';
}

const pretty = (v) => h('pre', {}, v === null || v === undefined ? '(none)' : JSON.stringify(v, null, 2));

/** Instance ids named in an input (a window's services carry theirs): the sub-orchestrations to navigate to. */
function childIds(node, self, found = new Set()) {
  if (Array.isArray(node)) node.forEach((n) => childIds(n, self, found));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if (k.toLowerCase() === 'instanceid' && typeof v === 'string' && v !== self) found.add(v);
      else childIds(v, self, found);
    }
  }
  return found;
}

async function renderInstance(section, id) {
  const { json: i } = await durable(`instances/${encodeURIComponent(id)}?showHistory=true&showHistoryOutput=true&showInput=true`);
  const events = i.historyEvents ?? [];
  const subs = new Set([...events.filter((e) => e.InstanceId && e.InstanceId !== id).map((e) => e.InstanceId), ...childIds(i.input, id)]);
  const types = [...new Set(events.map((e) => e.EventType))];
  const historyBody = h('tbody');
  const filterText = h('input', { type: 'search', id: 'history-filter', placeholder: 'activity, text…' });
  const filterType = h('select', { id: 'history-type' }, h('option', { value: '' }, 'all event types'), ...types.map((t) => h('option', { value: t }, t)));
  const fill = () => {
    const text = filterText.value.toLowerCase();
    historyBody.replaceChildren(...events
      .filter((e) => (!filterType.value || e.EventType === filterType.value) && (!text || JSON.stringify(e).toLowerCase().includes(text)))
      .map((e) => h('tr', { 'data-event': e.EventType },
        h('td', { class: 'time' }, time(e.Timestamp)), h('td', {}, e.EventType), h('td', {}, e.FunctionName ?? e.Name ?? ''),
        h('td', { class: 'detail' }, e.Reason ?? e.FailureDetails?.ErrorMessage ?? (e.Result !== undefined ? JSON.stringify(e.Result).slice(0, 160) : '')))));
  };
  filterText.addEventListener('input', fill);
  filterType.addEventListener('change', fill);
  fill();
  section.replaceChildren(
    h('h2', { id: 'title-instance' }, `Instance ${i.instanceId}`),
    h('p', {}, h('a', { href: '#orchestrations' }, '← all orchestrations')),
    h('dl', { class: 'facts' },
      h('dt', {}, 'Name'), h('dd', {}, i.name),
      h('dt', {}, 'Status'), h('dd', { id: 'instance-status' }, badge(i.runtimeStatus)),
      backupState(i.customStatus) ? [h('dt', {}, 'Backup'), h('dd', { id: 'backup-state' }, badge(backupState(i.customStatus)), ' ', i.customStatus.Reason ?? i.customStatus.reason ?? '')] : null,
      h('dt', {}, 'Created'), h('dd', {}, time(i.createdTime)),
      h('dt', {}, 'Last updated'), h('dd', {}, time(i.lastUpdatedTime))),
    actions(i),
    subs.size ? h('section', { 'aria-label': 'Sub-orchestrations' }, h('h3', {}, 'Sub-orchestrations and related instances'),
      h('ul', { id: 'sub-orchestrations' }, ...[...subs].map((s) => h('li', {}, h('a', { href: `#instance/${encodeURIComponent(s)}` }, s))))) : '',
    h('details', { open: true, id: 'custom-status' }, h('summary', {}, 'Custom status'), pretty(i.customStatus)),
    h('details', {}, h('summary', {}, 'Input'), pretty(i.input)),
    h('details', {}, h('summary', {}, 'Output'), pretty(i.output)),
    h('h3', {}, `History (${events.length} events)`),
    h('div', { class: 'filters' }, h('label', { for: 'history-filter' }, 'Filter '), filterText, h('label', { for: 'history-type' }, ' Type '), filterType),
    h('div', { class: 'scroll' }, h('table', { id: 'history-table' },
      h('thead', {}, h('tr', {}, ...['Time', 'Event', 'Function', 'Detail'].map((c) => h('th', { scope: 'col' }, c)))), historyBody)));
}

/** Resolves once the instance's status or last update differs from i's (or it is gone), or after 15 s. */
async function settled(i) {
  const deadline = performance.now() + 15000;
  while (performance.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    try {
      const { json } = await durable(`instances/${encodeURIComponent(i.instanceId)}`);
      if (json.runtimeStatus !== i.runtimeStatus || json.lastUpdatedTime !== i.lastUpdatedTime) return;
    } catch (e) {
      if (e instanceof Problem && e.status === 404) return;
      throw e;
    }
  }
}

function actions(i) {
  const id = encodeURIComponent(i.instanceId);
  const running = ['Running', 'Pending'].includes(i.runtimeStatus);
  const backup = /^backup:(\d{4}-\d{2}-\d{2}):(.+)$/.exec(i.instanceId);
  // An action is a message the instance takes in its own time: the page waits (up to 15 s) until the instance's
  // state moved before drawing it again, so what it shows after the click is the state the action led to.
  const act = async (label, text, run, extra, { settle = true } = {}) => {
    if (!await confirmAction(text, extra?.())) return;
    try {
      await run();
      if (settle) await settled(i);
      notify(`${label}: done for ${i.instanceId}.`);
      const next = label === 'Purge' ? '#orchestrations' : `#instance/${id}`;
      if (location.hash === next) window.dispatchEvent(new HashChangeEvent('hashchange'));
      else location.hash = next;
    } catch (e) { showError(e); }
  };
  const button = (label, enabled, handler) => (enabled ? h('button', { type: 'button', class: 'action', 'data-action': label.toLowerCase().replace(/ /g, '-'), onclick: handler }, label) : null);
  let eventName; let eventBody;
  return h('div', { class: 'actions', role: 'group', 'aria-label': 'Actions' },
    button('Retry service', backup && !running && backupState(i.customStatus) !== 'Succeeded',
      () => act('Retry service', `Run the backup of ${backup[2]} for ${backup[1]} again now?`, () => app(`nights/${backup[1]}/services/${encodeURIComponent(backup[2])}/retry`, { method: 'POST' }), null, { settle: false })),
    button('Terminate', running || i.runtimeStatus === 'Suspended', () => act('Terminate', `Terminate ${i.instanceId}? It stops for good.`, () => app(`orchestrations/${id}/terminate?reason=${encodeURIComponent('terminated from the monitor')}`, { method: 'POST' }))),
    button('Suspend', running, () => act('Suspend', `Suspend ${i.instanceId}? It keeps its place and does nothing until resumed.`, () => app(`orchestrations/${id}/suspend`, { method: 'POST' }))),
    button('Resume', i.runtimeStatus === 'Suspended', () => act('Resume', `Resume ${i.instanceId}?`, () => app(`orchestrations/${id}/resume`, { method: 'POST' }))),
    button('Restart', !running && i.runtimeStatus !== 'Suspended', () => act('Restart', `Start ${i.instanceId} again from its original input, under the same id?`, () => app(`orchestrations/${id}/restart`, { method: 'POST' }))),
    button('Raise event', running || i.runtimeStatus === 'Suspended', () => act('Raise event', `Raise an event on ${i.instanceId}:`, () => app(`orchestrations/${id}/raiseEvent/${encodeURIComponent(eventName.value)}`, { method: 'POST', body: JSON.parse(eventBody.value || 'null') }),
      () => h('div', {}, h('label', {}, 'Event name ', eventName = h('input', { id: 'event-name', required: true })), h('label', {}, ' JSON body ', eventBody = h('textarea', { id: 'event-body', rows: 3 }, '{}'))), { settle: false })),
    button('Purge', !running && i.runtimeStatus !== 'Suspended', () => act('Purge', `Delete ${i.instanceId} and its history for good?`, () => app(`orchestrations/${id}`, { method: 'DELETE' }), null, { settle: false })));
}
