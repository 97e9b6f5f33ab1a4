// Times in the catalog's time zone with the offset shown; sizes and durations in words a person reads.
let zone = 'UTC';
export const setZone = (z) => { zone = z || 'UTC'; };
export const getZone = () => zone;

const parts = (d, opts) => new Intl.DateTimeFormat('en-GB', { timeZone: zone, ...opts }).format(d);

/** 2026-12-01 01:05:00 GMT+01:00 */
export function time(value, { date = true, seconds = true } = {}) {
  if (!value) return '—';
  const d = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(d.getTime())) return '—';
  const day = parts(d, { year: 'numeric', month: '2-digit', day: '2-digit' }).split('/').reverse().join('-');
  const clock = parts(d, { hour: '2-digit', minute: '2-digit', second: seconds ? '2-digit' : undefined, hourCycle: 'h23' });
  const offset = parts(d, { timeZoneName: 'longOffset' }).split(' ').pop().replace(/^GMT$/, 'GMT+00:00');
  return `${date ? day + ' ' : ''}${clock} ${offset.replace('GMT', 'UTC')}`;
}

export const clockTime = (v) => time(v, { date: false });

export function duration(seconds) {
  if (seconds === null || seconds === undefined) return '—';
  const s = Math.round(seconds);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60 ? (s % 60) + ' s' : ''}`.trim();
  if (s < 172800) return `${Math.floor(s / 3600)} h${s % 3600 >= 60 ? ` ${Math.floor((s % 3600) / 60)} min` : ''}`;
  return `${Math.floor(s / 86400)} d${s % 86400 >= 3600 ? ` ${Math.floor((s % 86400) / 3600)} h` : ''}`;
}

/**
 * A planned bar in words: its real start and its planned length in night time, and under time compression the
 * real seconds too ("01:05:00 UTC+00:00 for 15 min (7.5 s at 120×)"): a compressed bar's start and end fall in the
 * same second, so an end time alone would say nothing.
 */
export function plannedSpan(bar, compression) {
  if (!bar.realStart) return '—';
  const seconds = (new Date(bar.end ?? bar.realEnd) - new Date(bar.start ?? bar.realStart)) / 1000;
  const real = seconds / (compression || 1);
  const compressed = compression > 1 ? ` (${real < 10 ? real.toFixed(1) : Math.round(real)} s at ${compression}×)` : '';
  return `${clockTime(bar.realStart)} for ${duration(seconds)}${compressed}`;
}

export function bytes(n) {
  if (n === null || n === undefined) return '—';
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let i = 0; let v = n;
  while (v >= 1000 && i < units.length - 1) { v /= 1000; i++; }
  return `${v >= 100 || i === 0 ? Math.round(v) : v.toFixed(1)} ${units[i]}`;
}

/** An element with attributes and children; text children are text nodes (never HTML). */
export function h(tag, attrs = {}, ...children) {
  const svg = ['svg', 'g', 'rect', 'line', 'path', 'text', 'title', 'polyline', 'circle', 'defs', 'marker', 'pattern', 'desc'].includes(tag);
  const el = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'text') el.textContent = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** A state as a word plus a symbol, so it reads without colour. */
const symbols = {
  Succeeded: '✓', Failed: '✗', TimedOut: '⌛', Skipped: '↷', Cancelled: '⊘', Running: '▶',
  WaitingForSchedule: '…', WaitingForDependencies: '⧗', WaitingForResources: '⧗', WaitingForSlot: '⧗',
  NotStarted: '·', NotScheduled: '–', Planned: '○', Met: '✓', Breached: '✗', NoBackup: '✗', NoObjective: '–',
  Completed: '✓', Terminated: '⊘', Suspended: '❚❚', Pending: '…',
};
export const symbol = (state) => symbols[state] ?? '·';
export const stateWords = (state) => (state ?? '').replace(/([a-z])([A-Z])/g, '$1 $2');
export const badge = (state) => h('span', { class: `state s-${state}`, 'data-state': state }, `${symbol(state)} ${stateWords(state)}`);

// BackupState (src/BackupOrchestrator.Domain/Night/BackupState.cs) in its declaration order: the Durable API shows a
// service orchestration's custom status as the SDK wrote it, with the state as a number.
const backupStates = ['WaitingForSchedule', 'WaitingForDependencies', 'WaitingForResources', 'WaitingForSlot', 'Running',
  'Succeeded', 'Failed', 'Skipped', 'TimedOut', 'Cancelled'];
export const backupState = (status) => {
  const v = status?.State ?? status?.state;
  return typeof v === 'number' ? backupStates[v] : v;
};
