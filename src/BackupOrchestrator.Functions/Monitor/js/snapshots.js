// Snapshots per service per target; a snapshot's tree; download a file (as itself) or a folder (.tar); restore
// to a folder on the server. Downloads go through fetch, since the key travels in a header and never in a URL.
import { app, appUrl, key, KeyRefused, Problem } from './api.js';
import { h, time, bytes, duration } from './format.js';
import { confirmAction, notify, showError } from './main.js';

export const live = () => false;
const state = { target: 'primary', service: '' };

export async function render(section, { arg, shared }) {
  const [target, id, ...path] = arg ? arg.split('/') : [];
  if (id) return renderTree(section, target, id, path.join('/'), shared);
  state.target = target || state.target;
  const catalog = shared.catalog;
  const targetSelect = h('select', { id: 'snapshot-target' }, ...catalog.targets.map((t) => h('option', { value: t.role, selected: t.role === state.target }, `${t.role} (${t.where})`)));
  const serviceSelect = h('select', { id: 'snapshot-service' }, h('option', { value: '' }, 'every service'),
    ...catalog.services.map((s) => h('option', { value: s.name, selected: s.name === state.service }, s.name)));
  const list = h('div', { id: 'snapshot-list', 'aria-live': 'polite' });
  const load = async () => {
    state.target = targetSelect.value; state.service = serviceSelect.value;
    const q = state.service ? `?service=${encodeURIComponent(state.service)}` : '';
    const result = await app(`snapshots/${encodeURIComponent(state.target)}${q}`);
    list.replaceChildren(
      result.errors.length ? h('ul', { class: 'problems' }, ...result.errors.map((e) => h('li', {}, e))) : '',
      h('table', { id: 'snapshot-table' },
        h('caption', {}, `${result.snapshots.length} snapshots on ${result.target}`),
        h('thead', {}, h('tr', {}, ...['Snapshot', 'Service', 'Time', 'Entries', 'Read', 'Stored new', 'Took'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, ...result.snapshots.map((s) => h('tr', { 'data-snapshot': s.id, 'data-service': s.service },
          h('th', { scope: 'row' }, h('a', { href: `#snapshots/${encodeURIComponent(result.target)}/${s.id}` }, s.shortId)),
          h('td', {}, s.service), h('td', {}, time(s.time)), h('td', {}, s.entries), h('td', {}, bytes(s.bytesRead)), h('td', {}, bytes(s.bytesStoredNew)), h('td', {}, duration(s.seconds)))))));
    document.body.dataset.ready = 'true';
  };
  targetSelect.addEventListener('change', () => load().catch(showError));
  serviceSelect.addEventListener('change', () => load().catch(showError));
  section.replaceChildren(h('h2', { id: 'title-snapshots' }, 'Snapshots'),
    h('div', { class: 'filters' }, h('label', {}, 'Target ', targetSelect), h('label', {}, ' Service ', serviceSelect)), list);
  await load();
}

async function renderTree(section, target, id, path, shared) {
  const tree = await app(`snapshots/${encodeURIComponent(target)}/${encodeURIComponent(id)}/tree?path=${encodeURIComponent(path)}`);
  const s = tree.snapshot;
  const crumbs = [h('a', { href: `#snapshots/${target}/${id}` }, '/')];
  const parts = path ? path.split('/') : [];
  parts.forEach((p, i) => crumbs.push(' ', h('a', { href: `#snapshots/${target}/${id}/${parts.slice(0, i + 1).map(encodeURIComponent).join('/')}` }, p + '/')));
  const progress = h('p', { id: 'restore-progress', role: 'status' });
  section.replaceChildren(
    h('h2', { id: 'title-snapshots' }, `Snapshot ${s.shortId} of ${s.service}`),
    h('p', {}, `${time(s.time)} on ${target}; ${s.entries} entries, ${bytes(s.bytesRead)}. `, h('a', { href: `#snapshots/${target}` }, 'All snapshots')),
    h('nav', { 'aria-label': 'Folder', class: 'crumbs' }, ...crumbs),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'download', 'data-path': path, onclick: () => download(target, id, path, path ? `${parts[parts.length - 1]}.tar` : `${s.service}-${s.shortId}.tar`) }, `Download ${path ? 'this folder' : 'the snapshot'} (.tar)`),
      shared.readOnly ? null : h('button', { type: 'button', class: 'action', 'data-action': 'restore', onclick: () => restore(target, id, path, progress) }, 'Restore to the server…')),
    progress,
    h('table', { id: 'tree-table' },
      h('thead', {}, h('tr', {}, ...['Name', 'Type', 'Size', 'Modified', ''].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...tree.entries.map((e) => h('tr', { 'data-path': e.path, 'data-type': e.type },
        h('th', { scope: 'row' }, e.type === 'dir' ? h('a', { href: `#snapshots/${target}/${id}/${e.path.split('/').map(encodeURIComponent).join('/')}` }, e.name + '/') : e.name),
        h('td', {}, e.type), h('td', {}, e.type === 'file' ? bytes(e.size) : ''), h('td', {}, time(e.modified)),
        h('td', {}, e.type === 'file' || e.type === 'dir'
          ? h('button', { type: 'button', class: 'download', 'data-path': e.path, onclick: () => download(target, id, e.path, e.type === 'dir' ? `${e.name}.tar` : e.name) }, `Download ${e.type === 'dir' ? e.name + '.tar' : e.name}`)
          : ''))))));
}

async function download(target, id, path, name) {
  try {
    const response = await fetch(appUrl(`snapshots/${encodeURIComponent(target)}/${encodeURIComponent(id)}/download?path=${encodeURIComponent(path)}`), { headers: { 'x-functions-key': key.get() ?? '' } });
    if (response.status === 401) throw new KeyRefused(new URL(response.url));
    if (!response.ok) throw new Problem(response.status, (await response.json().catch(() => null))?.detail, new URL(response.url));
    const url = URL.createObjectURL(await response.blob());
    const a = h('a', { href: url, download: name, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    notify(`Downloaded ${name}.`);
  } catch (e) { showError(e); }
}

async function restore(target, id, path, progress) {
  const to = h('input', { id: 'restore-to', required: true, placeholder: '/srv/restore/new-folder', size: 40 });
  if (!await confirmAction(`Restore ${path || 'the whole snapshot'} of ${id.slice(0, 8)} into a new or empty folder on the server:`, h('label', {}, 'Folder ', to))) return;
  delete progress.dataset.state;
  progress.replaceChildren(`Starting the restore into ${to.value}…`);
  let job;
  try {
    ({ restore: job } = await app(`snapshots/${encodeURIComponent(target)}/${encodeURIComponent(id)}/restore`, { method: 'POST', body: { to: to.value, path } }));
  } catch (e) {
    progress.dataset.state = 'Refused';
    progress.replaceChildren(`Restore refused: ${e.message}`);
    showError(e);
    return;
  }
  try {
    await follow(job, progress);
  } catch (e) {
    // The status could not be read (the host restarted, the key was forgotten): say so, not that it failed.
    progress.dataset.state = 'Unknown';
    progress.append(` — its status cannot be read now: ${e.message} The folder ${job.to} shows what was written.`);
    showError(e);
  }
}

/** The job's progress, asked every half second until it ends (the page stays usable; no reload). */
async function follow(job, progress) {
  const bar = h('progress', { id: 'restore-bar', max: 1, value: 0, 'aria-label': 'restore progress' });
  const text = h('span', { id: 'restore-text' });
  progress.replaceChildren(bar, ' ', text);
  progress.dataset.job = job.id;
  for (;;) {
    const total = job.bytesTotal || 0;
    bar.max = total || 1;
    bar.value = job.state === 'Succeeded' ? bar.max : Math.min(job.bytesDone, bar.max);
    const figures = `${job.filesDone} of ${job.filesTotal} files, ${bytes(job.bytesDone)} of ${bytes(total)}`;
    if (job.state === 'Running') {
      text.textContent = `Restoring into ${job.to}: ${figures}${total ? ` (${Math.floor((job.bytesDone / total) * 100)} %)` : ''}…`;
    } else {
      const warnings = job.warnings.length ? `; ${job.warnings.length} warning(s): ${job.warnings.join('; ')}` : '';
      text.textContent = job.state === 'Succeeded'
        ? `✓ Restored ${figures} into ${job.to} in ${duration(job.seconds)}${warnings}.`
        : `✗ Restore failed after ${figures}: ${job.reason}${warnings}`;
      progress.dataset.state = job.state;
      return;
    }
    progress.dataset.state = 'Running';
    await new Promise((resolve) => setTimeout(resolve, 500));
    job = (await app(`restores/${encodeURIComponent(job.id)}`)).restore;
  }
}
