// The page's only door to the server: the app's HTTP API (/api/...) and the Durable management API
// (/runtime/webhooks/durabletask/...), both with the key in x-functions-key. The key lives in sessionStorage:
// gone when the tab closes, never in a URL.
const KEY = 'backup-monitor-key';
const base = new URL('../', document.baseURI);          // .../api/
const root = new URL('../../', document.baseURI);       // the host's root

export class KeyRefused extends Error {
  constructor(url) { super(`The key was refused (401) by ${url.pathname}.`); this.status = 401; }
}

export class Problem extends Error {
  constructor(status, detail, url) { super(detail || `HTTP ${status} from ${url.pathname}`); this.status = status; }
}

export const key = {
  get: () => sessionStorage.getItem(KEY),
  set: (value) => sessionStorage.setItem(KEY, value),
  forget: () => sessionStorage.removeItem(KEY),
};

async function call(url, { method = 'GET', body, raw = false, headers: extra = {} } = {}) {
  const headers = { ...extra, 'x-functions-key': key.get() ?? '' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (response.status === 401) throw new KeyRefused(url);
  if (raw) return response;
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    throw new Problem(response.status, json?.detail ?? json?.message ?? text, url);
  }
  return { json, response };
}

/** GET /api/{path}: the app's JSON. */
export const app = async (path, options) => (await call(new URL(path, base), options)).json;

/** The Durable HTTP management API under /runtime/webhooks/durabletask/. */
export const durable = (path, options) => call(new URL('runtime/webhooks/durabletask/' + path, root), options);

export const appUrl = (path) => new URL(path, base);
