import { app } from './api.js';
import { h, badge, time, duration, bytes } from './format.js';
import { confirmAction, notify, showError } from './main.js';

async function runNow(service) {
  if (!await confirmAction(`Back up ${service} now, outside the night? It waits for the resource gate and a slot, not for its schedule or dependencies.`)) return;
  try {
    const r = await app(`services/${encodeURIComponent(service)}/run`, { method: 'POST', body: {} });
    notify(`${service} runs now (${r.instanceId}).`);
  } catch (e) { showError(e); }
}

export const live = () => false;

/** A duration trend as a small inline SVG sparkline (with the figures in its title and in text). */
function trend(points) {
  if (!points.length) return h('span', {}, '—');
  const max = Math.max(...points.map((p) => p.seconds), 0.001);
  const w = 90; const hgt = 20;
  const step = points.length > 1 ? w / (points.length - 1) : 0;
  const coords = points.map((p, i) => `${(i * step).toFixed(1)},${(hgt - (p.seconds / max) * (hgt - 2) - 1).toFixed(1)}`).join(' ');
  const text = points.map((p) => duration(p.seconds)).join(', ');
  return h('span', { class: 'trend' },
    h('svg', { viewBox: `0 0 ${w} ${hgt}`, width: w, height: hgt, role: 'img', 'aria-label': `durations of the last ${points.length} backups: ${text}` },
      h('title', {}, text), points.length > 1 ? h('polyline', { points: coords, class: 'spark' }) : h('circle', { cx: 2, cy: hgt / 2, r: 2, class: 'spark-dot' })),
    ` last ${duration(points[points.length - 1].seconds)}`);
}

export async function render(section, { shared }) {
  const catalog = await app('catalog');
  shared.catalog = catalog;
  const breaches = catalog.services.filter((s) => s.rpoStatus === 'Breached' || s.rpoStatus === 'NoBackup');
  const rows = catalog.services.map((s) => {
    const breach = s.rpoStatus === 'Breached' || s.rpoStatus === 'NoBackup';
    const rpoText = s.rpoStatus === 'NoBackup' ? `RPO BREACHED: no backup at all (RPO ${duration(s.rpoSeconds)})`
      : s.rpoStatus === 'Breached' ? `RPO BREACHED: ${duration(s.ageSeconds)} old, RPO ${duration(s.rpoSeconds)}`
      : s.rpoStatus === 'Met' ? `${duration(s.ageSeconds)} old, within RPO ${duration(s.rpoSeconds)}` : 'no RPO';
    const rtoText = s.rtoStatus === 'NoBackup'
      ? `unknown: no backup to restore (${duration(s.estimatedRestoreSeconds)} for its expected size, RTO ${duration(s.rtoSeconds)})`
      : `${duration(s.estimatedRestoreSeconds)}${s.rtoSeconds ? ` vs RTO ${duration(s.rtoSeconds)}` : ''}`;
    return h('tr', { 'data-service': s.name, 'data-rpo': s.rpoStatus, 'data-rto': s.rtoStatus, class: breach ? 'breach' : '' },
      h('th', { scope: 'row' }, s.name, s.description ? h('span', { class: 'desc' }, s.description) : null),
      h('td', {}, s.tier, s.dependsOn.length ? h('span', { class: 'desc' }, `after ${s.dependsOn.join(', ')}`) : null),
      h('td', {}, s.lastGood ? time(s.lastGood.time) : 'never', s.lastGood ? h('span', { class: 'desc' }, `snapshot ${s.lastGood.snapshotId.slice(0, 8)}`) : null),
      h('td', { class: 'rpo' }, badge(s.rpoStatus), h('span', { class: 'desc' }, rpoText)),
      h('td', {}, s.lastGood ? bytes(s.lastGood.bytesStored) : '—'),
      h('td', {}, s.lastGood ? `${s.lastGood.dedupRatio.toFixed(2)}×` : '—'),
      h('td', {}, trend(s.durations)),
      h('td', {}, time(s.nextRun)),
      h('td', {}, badge(s.rtoStatus), h('span', { class: 'desc' }, rtoText)),
      h('td', {}, shared.readOnly ? '' : h('button', { type: 'button', class: 'action', 'data-action': 'run', 'data-service': s.name, onclick: () => runNow(s.name) }, `Run ${s.name} now`)));
  });
  section.replaceChildren(
    h('h2', { id: 'title-services' }, 'Services'),
    h('p', { id: 'rpo-summary', class: breaches.length ? 'breach-summary' : '' },
      breaches.length ? `${breaches.length} of ${catalog.services.length} services are outside their RPO: ${breaches.map((s) => s.name).join(', ')}.`
        : `All ${catalog.services.length} services are within their RPO.`),
    catalog.errors.length ? h('ul', { class: 'problems' }, ...catalog.errors.map((e) => h('li', {}, e))) : '',
    h('div', { class: 'scroll' }, h('table', { id: 'services-table' },
      h('caption', {}, `Each service's last good backup on the primary target against its objectives (${catalog.services.length} services)`),
      h('thead', {}, h('tr', {}, ...['Service', 'Window', 'Last good backup', 'Age vs RPO', 'Stored', 'Read ÷ stored', 'Duration trend', 'Next run', 'Restore estimate vs RTO', '']
        .map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...rows))));
}
