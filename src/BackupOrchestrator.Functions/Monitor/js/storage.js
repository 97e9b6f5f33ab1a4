import { app, Problem } from './api.js';
import { h, bytes, badge, time } from './format.js';

export const live = () => true;

async function resources() {
  try { return await app('resources'); } catch (e) { if (e instanceof Problem && e.status === 404) return null; throw e; }
}

/** Usage per target against its capacity and the capacity estimate (seed 004), retention, resources against thresholds. */
export async function render(section, { shared }) {
  const [catalog, res] = await Promise.all([app('catalog'), resources()]);
  shared.catalog = catalog;
  const estimate = new Map(catalog.capacity.targets.map((t) => [t.role, t]));
  const meter = (value, max, label) => (max ? h('meter', { min: 0, max, value: Math.min(value ?? 0, max), high: max * 0.9, 'aria-label': label }) : '');
  const th = catalog.thresholds;
  section.replaceChildren(
    h('h2', { id: 'title-storage' }, 'Storage and resources'),
    h('table', { id: 'storage-table' },
      h('caption', {}, `Targets: stored now against capacity, and the estimate (raw ${bytes(catalog.capacity.rawBytes)} × retention ${catalog.capacity.retentionFactor} ÷ dedup ${catalog.capacity.dedupRatio})`),
      h('thead', {}, h('tr', {}, ...['Target', 'Where', 'Snapshots', 'Stored now', 'Capacity', 'Estimate', 'Fits'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...catalog.targets.map((t) => {
        const e = estimate.get(t.role);
        return h('tr', { 'data-target': t.role },
          h('th', { scope: 'row' }, t.role), h('td', {}, `${t.kind}: ${t.where}`), h('td', {}, t.snapshots ?? (t.error ? `error: ${t.error}` : '—')),
          h('td', {}, bytes(t.storedBytes), ' ', meter(t.storedBytes, t.capacity, `${t.role} stored of capacity`)),
          h('td', {}, bytes(t.capacity)),
          h('td', {}, e ? `${bytes(e.estimatedBytes)}${e.usage !== null ? ` (${Math.round(e.usage * 100)} %)` : ''}` : '—'),
          h('td', {}, e ? badge(e.fits ? 'Met' : 'Breached') : '—'));
      }))),
    h('p', {}, `Retention in force: ${catalog.retention} (services may override it: see Services).`),
    h('h3', {}, 'Resources against thresholds'),
    res ? h('table', { id: 'resources' },
      h('caption', {}, `Read ${time(res.at)}: ${res.ok ? 'every reading under its threshold, backups may start' : `over: ${res.over.join(', ')} (the resource gate holds new backups)`}`),
      h('thead', {}, h('tr', {}, ...['Resource', 'Now', 'Threshold', 'State'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...res.readings.map((x) => h('tr', { 'data-resource': x.name },
        h('th', { scope: 'row' }, x.name), h('td', {}, x.percent === null ? 'no reading' : `${x.percent.toFixed(1)} %`, ' ', meter(x.percent, 100, `${x.name} percent`)),
        h('td', {}, `${x.threshold} %`), h('td', {}, badge(x.state))))))
      : h('p', { id: 'resources' }, `Thresholds: CPU ${th.cpu} %, memory ${th.memory} %, disk ${th.disk} %, I/O ${th.io} % (no current readings: GET /api/resources is not served).`));
}
