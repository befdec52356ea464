// Calls the JSON API with the page's CSRF header. A refusal comes back as the server's RFC 7807 problem, whose
// detail is already worded in the user's language: screens show it as it is and never decide the rule themselves.

function csrf() {
  const header = document.querySelector('meta[name="_csrf_header"]');
  const token = document.querySelector('meta[name="_csrf"]');
  return header && token ? { [header.content]: token.content } : {};
}

/** Sends a request; resolves to {ok, status, body} (body: parsed JSON, or null). Never throws on HTTP errors. */
export async function call(method, url, body, options = {}) {
  const headers = { Accept: 'application/json, application/problem+json', ...csrf() };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  try {
    const response = await fetch(url, {
      method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', keepalive: Boolean(options.keepalive),
    });
    const text = await response.text();
    let parsed = null;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch (ignored) {
      parsed = null;
    }
    return { ok: response.ok, status: response.status, body: parsed };
  } catch (error) {
    return { ok: false, status: 0, body: { detail: String(error) } };
  }
}

/** The problem's detail (or a fallback) for a refused call. */
export function problemText(result, fallback) {
  return (result.body && (result.body.detail || result.body.title)) || `${fallback} (HTTP ${result.status})`;
}

/** Shows a message in a banner element (textContent only). */
export function say(element, text, level = 'error') {
  element.textContent = text;
  element.className = `banner ${level}`;
  element.hidden = false;
}
