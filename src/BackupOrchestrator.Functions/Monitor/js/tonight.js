import { app, Problem } from './api.js';
import { h, badge, clockTime, duration, bytes, plannedSpan } from './format.js';
import { draw, reasonOf } from './gantt.js';
import { confirmAction, showError, notify } from './main.js';

export const live = () => true;

async function nightOrNull() {
  try {
    return await app('nights/tonight');
  } catch (e) {
    if (e instanceof Problem && e.status === 404) return null;
    throw e;
  }
}

export async function render(section, { first, shared }) {
  const [plan, night] = await Promise.all([app('nights/tonight/plan'), nightOrNull()]);
  const now = Date.now();
  const { svg } = draw(plan, night, now);
  const counts = night ? Object.entries(night.counts).map(([s, n]) => `${n} ${s}`).join(', ') : 'not started yet';
  const summary = h('p', { id: 'night-summary', 'aria-live': 'polite' },
    `Night ${plan.day}: ${counts}.`,
    night ? ` Catalog ${night.catalog} loaded ${clockTime(night.catalogLoadedAt)}; time compression ${night.timeCompression}×.` : ' Showing the plan; the first window starts it.');

  const byService = new Map((night?.services ?? []).map((s) => [s.service, s]));
  const table = h('table', { id: 'night-table' },
    h('caption', {}, 'Every service tonight, in text'),
    h('thead', {}, h('tr', {}, ...['Service', 'Window', 'State', 'Why', 'Planned', 'Actual', 'Stored', ''].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...plan.backups.map((p) => {
      const a = byService.get(p.service);
      const state = a?.state ?? (p.status === 'Planned' ? 'NotStarted' : p.status);
      const reason = (a ? reasonOf(a) : null) ?? p.reason;
      const progress = a?.status?.progress;
      const retry = a && ['Failed', 'TimedOut', 'Skipped', 'Cancelled'].includes(state) && !shared.readOnly
        ? h('button', { type: 'button', class: 'action', 'data-action': 'retry', 'data-service': p.service, onclick: () => retryService(plan.day, p.service) }, `Retry ${p.service}`)
        : null;
      return h('tr', { 'data-service': p.service, 'data-state': state },
        h('th', { scope: 'row' }, p.service),
        h('td', {}, p.tier),
        h('td', {}, badge(state)),
        h('td', { class: 'reason' }, reason ?? (progress ? `${bytes(progress.bytesRead)} read, ETA ${duration(progress.eta ? parseEta(progress.eta) : null)}` : '')),
        h('td', { class: 'planned' }, plannedSpan(p, plan.timeCompression)),
        h('td', {}, a?.status?.started ? `${clockTime(a.status.started)} – ${a.status.ended ? clockTime(a.status.ended) : 'running'}` : '—'),
        h('td', {}, a?.status?.bytesStored !== undefined && a?.status?.bytesStored !== null ? bytes(a.status.bytesStored) : '—'),
        h('td', {}, retry));
    })));

  const figure = h('figure', { class: 'chart' }, svg,
    h('figcaption', {}, 'Outlined thin bar: planned. Filled bar: the run, its state written beside it. Hatched: waiting (schedule, dependencies, resources or a slot). Arrows: dependencies. Hover or focus a row for the reason.'));
  const failed = (night?.services ?? []).filter((x) => ['Failed', 'TimedOut'].includes(x.state));
  const retryAll = failed.length > 1 && !shared.readOnly
    ? h('button', { type: 'button', class: 'action', 'data-action': 'retry-all', onclick: () => retryNight(plan.day, failed.map((x) => x.service)) }, `Retry every failed service (${failed.length})`)
    : null;
  section.replaceChildren(h('h2', { id: 'title-tonight' }, 'Tonight'), summary, retryAll ?? '', figure, table);
  if (first) document.body.dataset.ganttDrawn = String(performance.now());
}

function parseEta(text) {
  const m = /^(?:(\d+)\.)?(\d+):(\d+):(\d+)/.exec(text);
  return m ? (+(m[1] ?? 0)) * 86400 + (+m[2]) * 3600 + (+m[3]) * 60 + (+m[4]) : null;
}

export async function retryService(day, service) {
  if (!await confirmAction(`Run the backup of ${service} for ${day} again now? The services skipped because of it follow.`)) return;
  try {
    const result = await app(`nights/${day}/services/${encodeURIComponent(service)}/retry`, { method: 'POST' });
    showError(null);
    notify(`${service} runs again (${result.instanceId})${result.following.length ? `; then ${result.following.join(', ')}` : ''}.`);
  } catch (e) {
    showError(e);
  }
}

async function retryNight(day, services) {
  if (!await confirmAction(`Run every failed service of ${day} again now (${services.join(', ')})? The services skipped because of them follow.`)) return;
  try {
    const result = await app(`nights/${day}/retry`, { method: 'POST' });
    showError(null);
    notify(`Running again: ${result.retried.map((r) => r.service ?? JSON.stringify(r)).join(', ') || 'none'}${result.refused.length ? `; refused: ${result.refused.map((r) => `${r.service}: ${r.refusal ?? ''}`).join('; ')}` : ''}.`);
  } catch (e) {
    showError(e);
  }
}
