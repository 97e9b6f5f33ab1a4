// The night as an SVG Gantt: per service a planned bar (the planner's, outlined) over its actual run (filled
// by state and labelled), the waits before it, dependency edges, and below the slot lanes: every run placed in
// the first free lane, so the lanes show how many ran at once (the limit is maxConcurrent).
import { h, clockTime, duration, symbol, stateWords, plannedSpan } from './format.js';

const LABEL = 170;
const WIDTH = 1100;
const ROW = 30;
const LANE = 24;
const AXIS = 26;
const ended = new Set(['Succeeded', 'Failed', 'Skipped', 'TimedOut', 'Cancelled']);

const ms = (v) => (v ? new Date(v).getTime() : null);

/** Runs as intervals: [{service, state, start, end}] from each service's status. */
export function runsOf(services, now) {
  return services.filter((s) => s.status?.started).map((s) => ({
    service: s.service,
    state: s.state,
    start: ms(s.status.started),
    end: ms(s.status.ended) ?? (ended.has(s.state) ? ms(s.status.since) : now),
  }));
}

/** Interval partitioning: each run in the first lane free at its start (ordered by start). */
export function lanesOf(runs) {
  const lanes = [];
  for (const run of [...runs].sort((a, b) => a.start - b.start || a.end - b.end)) {
    let lane = lanes.findIndex((l) => l[l.length - 1].end <= run.start);
    if (lane < 0) { lanes.push([]); lane = lanes.length - 1; }
    lanes[lane].push(run);
  }
  return lanes;
}

/** Why a service waits, was skipped or failed, from its status; null when there is nothing to say. */
export function reasonOf(service) {
  const s = service.status;
  if (!s) return null;
  return s.reason ?? null;
}

export function draw(plan, night, now) {
  const planned = new Map(plan.backups.map((b) => [b.service, b]));
  const actual = new Map((night?.services ?? []).map((s) => [s.service, s]));
  const names = plan.backups.map((b) => b.service);
  const runs = runsOf([...actual.values()], now);
  const lanes = lanesOf(runs);
  const limit = plan.maxConcurrent;

  const times = [ms(plan.nightStart), ms(plan.nightEnd)];
  for (const b of plan.backups) times.push(ms(b.realStart), ms(b.realEnd));
  for (const s of actual.values()) times.push(ms(s.status?.steps?.[0]?.at), ms(s.status?.started), ms(s.status?.ended));
  if (night && runs.some((r) => !ended.has(r.state))) times.push(now);
  const known = times.filter((t) => t !== null);
  const t0 = Math.min(...known);
  const t1 = Math.max(...known, t0 + 60000);
  const x = (t) => LABEL + ((t - t0) / (t1 - t0)) * (WIDTH - LABEL - 12);

  const laneCount = Math.max(limit, lanes.length);
  const height = AXIS + names.length * ROW + 36 + laneCount * LANE + 8;
  const svg = h('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: '100%', role: 'img', 'aria-labelledby': 'gantt-title gantt-desc', class: 'gantt', id: 'gantt' },
    h('title', { id: 'gantt-title' }, `Gantt chart of the night of ${plan.day}`),
    h('desc', { id: 'gantt-desc' }, 'Each row: the planned bar (outlined) above the actual run (filled, labelled with its state). The table below says the same in text.'),
    h('defs', {},
      h('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '6', markerHeight: '6', orient: 'auto-start-reverse' },
        h('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrowhead' })),
      h('pattern', { id: 'hatch', width: '6', height: '6', patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
        h('line', { x1: '0', y1: '0', x2: '0', y2: '6', class: 'hatch' }))));

  // Axis: a tick every sensible step, labelled in the catalog's zone.
  const span = t1 - t0;
  const step = [5e3, 10e3, 15e3, 30e3, 60e3, 120e3, 300e3, 600e3, 900e3, 1800e3, 3600e3, 7200e3].find((s) => span / s <= 12) ?? 14400e3;
  const axis = h('g', { class: 'axis' });
  for (let t = Math.ceil(t0 / step) * step; t <= t1; t += step) {
    // HH:MM (HH:MM:SS below a minute's step); the zone and offset are in the page's header.
    const label = clockTime(t).replace(/ UTC.*$/, '');
    axis.append(h('line', { x1: x(t), x2: x(t), y1: AXIS - 6, y2: height, class: 'tick' }),
      h('text', { x: x(t), y: 14, 'text-anchor': 'middle' }, step < 60e3 ? label : label.slice(0, 5)));
  }
  svg.append(axis);

  const rowY = (i) => AXIS + i * ROW;
  const rows = h('g', { class: 'rows' });
  names.forEach((name, i) => {
    const p = planned.get(name);
    const a = actual.get(name);
    const state = a?.state ?? (p.status === 'Planned' ? 'NotStarted' : p.status);
    const reason = (a ? reasonOf(a) : null) ?? p.reason;
    const y = rowY(i);
    const tip = [`${name} (${p.tier}): ${stateWords(state)}`, reason && `why: ${reason}`,
      p.realStart && `planned ${plannedSpan(p, plan.timeCompression)}`,
      a?.status?.started && `ran ${clockTime(a.status.started)} – ${a.status.ended ? clockTime(a.status.ended) : 'now'}`,
      p.dependsOn.length && `after ${p.dependsOn.join(', ')}`].filter(Boolean).join('\n');
    const g = h('g', { class: 'row', 'data-service': name, 'data-state': state, tabindex: '0', 'aria-label': tip.replaceAll('\n', '; ') },
      h('title', {}, tip),
      h('rect', { x: 0, y, width: WIDTH, height: ROW, class: i % 2 ? 'band odd' : 'band' }),
      h('text', { x: 6, y: y + 19, class: 'name' }, name));
    if (p.realStart) {
      g.append(h('rect', { x: x(ms(p.realStart)), y: y + 3, width: Math.max(2, x(ms(p.realEnd)) - x(ms(p.realStart))), height: 7, class: 'planned', 'data-service': name }));
    }
    const first = ms(a?.status?.steps?.[0]?.at);
    const started = ms(a?.status?.started);
    const end = ms(a?.status?.ended) ?? (ended.has(state) ? ms(a?.status?.since) : now);
    if (first !== null && (started === null || started > first)) {
      const waitEnd = started ?? end;
      g.append(h('rect', { x: x(first), y: y + 13, width: Math.max(1, x(waitEnd) - x(first)), height: 12, class: 'wait', fill: 'url(#hatch)' }));
    }
    let labelX = x(first ?? ms(p.realStart) ?? t0) + 4;
    if (started !== null) {
      const w = Math.max(3, x(end) - x(started));
      g.append(h('rect', { x: x(started), y: y + 12, width: w, height: 14, class: 'actual', 'data-state': state, 'data-service': name }));
      labelX = x(started) + w + 4;
    }
    const label = `${symbol(state)} ${stateWords(state)}`;
    // Near the right edge the label goes before the row's first bar, right-aligned, so it never covers a bar.
    const before = labelX > WIDTH - 110 ? x(first ?? started ?? ms(p.realStart) ?? t0) - 4 : null;
    g.append(before !== null && before > LABEL + 90
      ? h('text', { x: before, y: y + 24, class: 'state-label', 'text-anchor': 'end' }, label)
      : h('text', { x: Math.min(labelX, WIDTH - 100), y: y + 24, class: 'state-label' }, label));
    rows.append(g);
  });
  svg.append(rows);

  // Dependency edges: from the end of each dependency (actual, else planned) to the start of its dependent.
  const edges = h('g', { class: 'edges' });
  names.forEach((name, i) => {
    for (const dep of planned.get(name).dependsOn) {
      const j = names.indexOf(dep);
      if (j < 0) continue;
      const from = ms(actual.get(dep)?.status?.ended) ?? ms(planned.get(dep).realEnd);
      const to = ms(actual.get(name)?.status?.started) ?? ms(planned.get(name).realStart);
      if (from === null || to === null) continue;
      const x1 = x(from); const y1 = rowY(j) + 19; const x2 = x(to); const y2 = rowY(i) + 19;
      const mid = Math.max(x1 + 6, (x1 + x2) / 2);
      edges.append(h('path', { d: `M ${x1} ${y1} C ${mid} ${y1}, ${mid} ${y2}, ${x2} ${y2}`, class: 'edge', 'data-from': dep, 'data-to': name, 'marker-end': 'url(#arrow)' },
        h('title', {}, `${name} waits for ${dep}`)));
    }
  });
  svg.append(edges);

  // Slot lanes.
  const top = AXIS + names.length * ROW + 28;
  const slots = h('g', { class: 'lanes', 'data-lanes': lanes.length, 'data-limit': limit });
  slots.append(h('text', { x: 6, y: top - 8, class: 'lanes-title' }, `Slots (at most ${limit} at once)`));
  for (let l = 0; l < laneCount; l++) {
    const y = top + l * LANE;
    const over = l >= limit;
    const lane = h('g', { class: over ? 'lane over' : 'lane', 'data-lane': l + 1 },
      h('rect', { x: 0, y, width: WIDTH, height: LANE, class: l % 2 ? 'band odd' : 'band' }),
      h('text', { x: 6, y: y + 16, class: 'name' }, over ? `Slot ${l + 1} OVER LIMIT` : `Slot ${l + 1}`));
    for (const run of lanes[l] ?? []) {
      const w = Math.max(3, x(run.end) - x(run.start));
      lane.append(h('g', { class: 'run', 'data-service': run.service, 'data-start': run.start, 'data-end': run.end },
        h('title', {}, `${run.service}: ${clockTime(run.start)} – ${clockTime(run.end)} (${duration((run.end - run.start) / 1000)})`),
        h('rect', { x: x(run.start), y: y + 3, width: w, height: LANE - 6, class: 'actual', 'data-state': run.state }),
        w > 60 ? h('text', { x: x(run.start) + 3, y: y + 16, class: 'run-label' }, run.service) : null));
    }
    slots.append(lane);
  }
  svg.append(slots);

  if (night && now >= t0 && now <= t1) {
    svg.append(h('line', { x1: x(now), x2: x(now), y1: AXIS - 6, y2: height, class: 'now' }, h('title', {}, `now ${clockTime(now)}`)));
  }
  return { svg, lanes };
}
