// The teller's case page: files dropped into the case (upload.js) are followed live; each step refreshes the
// server-rendered documents and pre-filled data (GET /cases/{id}/live). Each input is checked by the server as
// soon as it is left (PUT /api/cases/{id}/inputs: a 422 names the fields); one button saves all and submits.

const FINISHED = new Set(['EXTRACTED', 'FAILED', 'NOT_FOUND', 'refused', 'error']);

const page = document.getElementById('teller-case');
const form = document.getElementById('inputs');
const send = document.getElementById('send');
const problem = document.getElementById('case-problem');
const header = document.querySelector('meta[name="_csrf_header"]');
const token = document.querySelector('meta[name="_csrf"]');

function request(method, url, body) {
  const headers = { Accept: 'application/json' };
  if (header && token) {
    headers[header.content] = token.content;
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  return fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function problemOf(response) {
  try {
    return await response.json();
  } catch (ignored) {
    return { detail: `HTTP ${response.status}` };
  }
}

function showProblem(text) {
  problem.textContent = text || '';
  problem.hidden = !text;
}

// ---- live documents and pre-filled data ----

let refreshing = null;
let again = false;

async function refresh() {
  if (refreshing) {
    again = true;
    return;
  }
  refreshing = (async () => {
    const response = await fetch(page.dataset.liveUrl, { headers: { Accept: 'text/html' } });
    if (response.ok) {
      const holder = document.createElement('div');
      holder.innerHTML = await response.text();
      const fresh = holder.querySelector('#live');
      if (fresh) {
        document.getElementById('live').replaceWith(fresh);
      }
    }
  })();
  try {
    await refreshing;
  } finally {
    refreshing = null;
    updateSend();
    if (again) {
      again = false;
      refresh();
    }
  }
}

function uploadsBusy() {
  return [...document.querySelectorAll('#upload-list tr.upload-row')]
    .some(row => !FINISHED.has(row.dataset.state || 'uploading'));
}

/** The button is usable when the server says the case may go and no upload on this page is still running. */
function updateSend() {
  if (!send) {
    return;
  }
  const live = document.getElementById('live');
  const blocker = live.dataset.blockerText || '';
  const busy = uploadsBusy();
  send.disabled = busy || !!blocker;
  const reason = busy ? send.dataset.busyText : blocker;
  document.getElementById('send-blocked').textContent = send.disabled ? reason : '';
  page.dataset.ready = String(!send.disabled);
}

document.addEventListener('upload-state', event => {
  updateSend();
  if (event.detail.id) {
    refresh();
  }
});

document.addEventListener('click', async event => {
  const remove = event.target.closest('button.remove');
  if (!remove) {
    return;
  }
  remove.disabled = true;
  const response = await request('DELETE', `${page.dataset.apiUrl}/documents/${encodeURIComponent(remove.dataset.documentId)}`);
  showProblem(response.ok ? '' : (await problemOf(response)).detail);
  refresh();
});

// ---- inputs: checked by the server field by field, then sent ----

function values(only) {
  const data = new FormData(form);
  const keys = only ? [only] : [...new Set([...form.querySelectorAll('[name]')].map(input => input.name))];
  return Object.fromEntries(keys.map(key => [key, data.get(key) || '']));
}

function issueText(issue) {
  const label = form.querySelector(`.issue-label[data-code="${CSS.escape(issue.code)}"]`);
  return label ? label.textContent : (issue.message || issue.code);
}

function showIssues(keys, issues) {
  for (const key of keys) {
    const holder = form.querySelector(`[data-input="${CSS.escape(key)}"]`);
    if (!holder) {
      continue;
    }
    const mine = issues.filter(issue => issue.field === key);
    holder.querySelector('.input-error').textContent = mine.map(issueText).join('; ');
    holder.classList.toggle('invalid', mine.length > 0);
    holder.querySelectorAll('input, select').forEach(input => input.setAttribute('aria-invalid', String(mine.length > 0)));
  }
}

/** Saves inputs; true when the server took them. A 422 puts each issue beside its field. */
async function save(inputs) {
  const response = await request('PUT', `${page.dataset.apiUrl}/inputs`, inputs);
  if (response.ok) {
    showIssues(Object.keys(inputs), []);
    return true;
  }
  const body = await problemOf(response);
  showIssues(Object.keys(inputs), body.issues || []);
  if (!body.issues) {
    showProblem(body.detail);
  }
  return false;
}

async function submit() {
  send.disabled = true;
  showProblem('');
  try {
    if (!await save(values())) {
      return;
    }
    const response = await request('POST', `${page.dataset.apiUrl}/submit`);
    if (response.ok) {
      window.location.assign(`${window.location.pathname}?sent`);
      return;
    }
    showProblem((await problemOf(response)).detail);
    refresh();
  } finally {
    updateSend();
  }
}

if (form) {
  form.addEventListener('change', event => {
    if (event.target.name) {
      save(values(event.target.name));
    }
  });
  form.addEventListener('submit', event => event.preventDefault());
  send.addEventListener('click', submit);
  updateSend();
}

// ---- after the decision: the filing's receipt and the filled forms, when those services answer ----

async function outcome() {
  const receipt = document.getElementById('receipt-no');
  if (!receipt) {
    return;
  }
  const filing = await fetch(`${page.dataset.apiUrl}/filing`, { headers: { Accept: 'application/json' } });
  if (filing.ok) {
    const body = await filing.json();
    receipt.textContent = body.receiptNo || `${page.dataset.labelFilingPending} (${body.state})`;
  }
  const forms = await fetch(`${page.dataset.apiUrl}/forms`, { headers: { Accept: 'application/json' } });
  if (!forms.ok) {
    return; // no forms for this case (or no forms service): nothing to offer
  }
  const list = await forms.json();
  const links = document.getElementById('form-links');
  for (const entry of Array.isArray(list) ? list : []) {
    if (entry.status === 'FAILED') {
      continue; // not filled: nothing to download (the verifier's screen says why)
    }
    const link = document.createElement('a');
    link.className = 'form-link';
    link.href = entry.href || `${page.dataset.apiUrl}/forms/${encodeURIComponent(entry.formId)}.pdf`;
    link.textContent = entry.title || entry.formId;
    link.target = '_blank';
    links.append(link, ' ');
  }
  document.getElementById('forms').hidden = links.childElementCount === 0;
}

outcome();
