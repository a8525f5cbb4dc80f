// Talking to /api/admin: JSON in and out, the CSRF header on every state-changing request,
// and errors turned into sentences an operator can read.

export class ApiError extends Error {
  constructor(status, message, body) {
    super(message);
    this.status = status;
    this.body = body;
  }
}

export function csrfToken() {
  const cookie = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

/**
 * The sentence an operator reads for a failed request. The API answers RFC 9457 problems whose `detail` is
 * Chinese (the bad fields, when any, under `errors: [{field, message}]`); older answers carried `message` or
 * `error` only.
 */
function explain(status, body) {
  if (status === 401) return '登录已过期，请重新登录。';
  if (status === 403) return body && body.detail ? body.detail : '抱歉，您的账号没有这项操作的权限。';
  if (status === 404 && !(body && (body.detail || body.message || body.error))) return '没有找到相应的内容。';
  if (status === 503) return '存储暂时不可用，请稍后再试。';
  if (body && typeof body === 'object') {
    if (typeof body.detail === 'string' && body.detail) return body.detail;
    if (Array.isArray(body.errors) && body.errors.length) {
      return '内容有误：' + body.errors.map((p) => (p && typeof p === 'object' ? p.message || p.field : String(p))).join('；');
    }
    if (body.message) return body.message;
    if (body.error) return String(body.error);
  }
  if (status >= 500) return '服务器出了点问题（' + status + '），请稍后再试。';
  return '请求未成功（' + status + '）。';
}

/** fetch() for the console: returns parsed JSON (or text), throws ApiError with a Chinese message. */
export async function api(path, options = {}) {
  const method = options.method || 'GET';
  const headers = { Accept: 'application/json' };
  let body;
  if (options.form !== undefined) {
    body = options.form;
  } else if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  if (method !== 'GET' && method !== 'HEAD') headers['X-XSRF-TOKEN'] = csrfToken();
  let response;
  try {
    response = await fetch(path, { method, headers, body, credentials: 'same-origin' });
  } catch (e) {
    throw new ApiError(0, '网络连接失败，请检查网络后重试。');
  }
  const type = response.headers.get('Content-Type') || '';
  const parsed = type.includes('json') ? await response.json().catch(() => null) : await response.text();
  if (response.status === 401 && !options.quiet) {
    location.href = '/console/login.html';
  }
  if (!response.ok) throw new ApiError(response.status, explain(response.status, parsed), parsed);
  return parsed;
}

export const get = (path, options) => api(path, options);
export const post = (path, body) => api(path, { method: 'POST', body: body === undefined ? {} : body });
export const put = (path, body) => api(path, { method: 'PUT', body });
export const del = (path) => api(path, { method: 'DELETE' });
/** POSTs a FormData (a file upload); the browser sets the multipart boundary. */
export const upload = (path, form) => api(path, { method: 'POST', form });

/** A query string of the non-empty values of an object. */
export function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => {
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, String(v));
  });
  const s = q.toString();
  return s ? '?' + s : '';
}
