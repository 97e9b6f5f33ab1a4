import { app, key, KeyRefused } from './api.js';
import { setZone, h } from './format.js';
import * as tonight from './tonight.js';
import * as services from './services.js';
import * as orchestrations from './orchestrations.js';
import * as history from './history.js';
import * as snapshots from './snapshots.js';
import * as storage from './storage.js';

const views = { tonight, services, orchestrations, instance: orchestrations, history, snapshots, storage };
const $ = (id) => document.getElementById(id);
const main = $('main');
const REFRESH_MS = 3000;

/** What every view shares: the catalog (zone, read-only flag), a confirm dialog, an error line. */
export const shared = { catalog: null, readOnly: false, timer: null };

export function showError(error) {
  const line = $('error');
  if (!error) { line.hidden = true; line.textContent = ''; return; }
  line.hidden = false;
  line.textContent = error instanceof KeyRefused ? `${error.message} Give a key this app accepts.` : `Error: ${error.message}`;
  if (error instanceof KeyRefused) askKey(error.message);
}

/** A line that says what an action did. */
export function notify(text) {
  const line = $('notice');
  line.hidden = !text;
  line.textContent = text ?? '';
}

/** A confirmation for every action: resolves true only on the Confirm button. */
export function confirmAction(text, extra) {
  const dialog = $('confirm-dialog');
  $('confirm-text').textContent = text;
  $('confirm-extra').replaceChildren(...(extra ? [extra] : []));
  dialog.returnValue = '';
  dialog.showModal();
  $('confirm-cancel').focus();
  return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true }));
}

function askKey(problem) {
  const dialog = $('key-dialog');
  $('key-problem').textContent = problem ?? '';
  if (!dialog.open) dialog.showModal();
  $('key-input').focus();
}

$('key-form').addEventListener('submit', () => {
  key.set($('key-input').value.trim());
  $('key-input').value = '';
  start();
});
$('key-dialog').addEventListener('cancel', (e) => e.preventDefault());
$('forget-key').addEventListener('click', () => {
  key.forget();
  shared.catalog = null;
  clearTimeout(shared.timer);
  main.replaceChildren(h('p', {}, 'The key is forgotten.'));
  $('forget-key').hidden = true;
  askKey('');
});

async function start() {
  if (!key.get()) { askKey(''); return; }
  try {
    shared.catalog = await app('catalog');
  } catch (e) {
    if (e instanceof KeyRefused) { key.forget(); askKey(`${e.message} Check the key and try again.`); return; }
    showError(e);
    return;
  }
  showError(null);
  setZone(shared.catalog.timeZone);
  shared.readOnly = shared.catalog.readOnly;
  document.body.classList.toggle('read-only', shared.readOnly);
  $('mode').hidden = !shared.readOnly;
  $('forget-key').hidden = false;
  $('catalog-name').textContent = `· ${shared.catalog.name}`;
  $('clock').textContent = `Times in ${shared.catalog.timeZone} (UTC${shared.catalog.utcOffset}) · tonight is ${shared.catalog.tonight}`;
  route();
}

let current = null;
async function route() {
  clearTimeout(shared.timer);
  const [name, ...rest] = (location.hash.slice(1) || 'tonight').split('/');
  const view = views[name] ?? tonight;
  const arg = rest.map(decodeURIComponent).join('/');
  for (const a of document.querySelectorAll('nav a')) {
    a.toggleAttribute('aria-current', a.getAttribute('href') === `#${name === 'instance' ? 'orchestrations' : name}`);
  }
  const token = current = Symbol(name);
  document.body.dataset.ready = 'false';
  const section = h('section', { id: `view-${name}`, 'aria-labelledby': `title-${name}` });
  main.replaceChildren(section);
  const refresh = async (first) => {
    if (token !== current) return;
    try {
      await view.render(section, { name, arg, first, shared });
      // Only the current view says it is drawn: a refresh of the view left behind may finish after the switch.
      if (token !== current) return;
      document.body.dataset.route = location.hash || '#tonight';
      document.body.dataset.drawnAt = String(performance.now());
      document.body.dataset.ready = 'true';
      showError(null);
    } catch (e) {
      showError(e);
      if (e instanceof KeyRefused) return;
    }
    if (token === current && view.live?.(name)) shared.timer = setTimeout(() => refresh(false), REFRESH_MS);
  };
  await refresh(true);
  if (name !== 'instance') main.focus({ preventScroll: true });
}

// Before the catalog is in, start() routes to whatever the hash is then; a second route would redraw the view.
window.addEventListener('hashchange', () => { if (shared.catalog) route(); });
start();
