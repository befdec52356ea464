// The review screen: one scan viewer per document (switching follows the focused field), the field rows
// (review-fields.js), the lease countdown, handling time (activity.js), keyboard shortcuts and the decisions.
// What is allowed is the server's call: every refusal comes back as its problem detail and is shown.
import { ScanViewer } from './viewer.js';
import { boxesOf } from './fields.js';
import { call, problemText, say } from './api.js';
import { ActivityClock } from './activity.js';
import { FieldRows } from './review-fields.js';

const root = document.getElementById('review');
const caseId = root.dataset.case;
const caseUrl = `/api/cases/${encodeURIComponent(caseId)}`;
const message = document.getElementById('review-message');
const show = (text, level) => say(message, text, level);

const statusLabels = Object.fromEntries([...document.querySelectorAll('#status-labels li')]
  .map(item => [item.dataset.status, item.textContent]));

// one viewer per document, each with the boxes of its own fields
const viewers = new Map();
for (const holder of document.querySelectorAll('.doc-viewer')) {
  const list = document.querySelector(`.field-list[data-document="${CSS.escape(holder.dataset.document)}"]`);
  const viewer = new ScanViewer(holder.querySelector('.viewer-pane'), list ? boxesOf(list) : []);
  viewer.onBoxClick(key => fields.focusRow(list.querySelector(`li.field[data-field="${CSS.escape(key)}"]`)));
  viewers.set(holder.dataset.document, viewer);
}
let shown = document.querySelector('.doc-viewer:not([hidden])')?.dataset.document;

function showDocument(id) {
  if (id === shown || !viewers.has(id)) {
    return;
  }
  shown = id;
  for (const holder of document.querySelectorAll('.doc-viewer')) {
    holder.hidden = holder.dataset.document !== id;
  }
  for (const tab of document.querySelectorAll('.doc-tab')) {
    tab.classList.toggle('current', tab.dataset.document === id);
  }
  viewers.get(id).fit();
}
for (const tab of document.querySelectorAll('.doc-tab')) {
  tab.addEventListener('click', () => showDocument(tab.dataset.document));
}

// lease countdown: reset by the server's answers (every field action and activity report extends it)
let leaseEnds = Number(root.dataset.leaseExpires) || null;
const leaseMs = Number(root.dataset.leaseSeconds) * 1000;
function renewLease(at) {
  leaseEnds = at ? Date.parse(at) : Date.now() + leaseMs;
}
function tickLease() {
  if (!leaseEnds) {
    return;
  }
  const left = Math.max(0, Math.round((leaseEnds - Date.now()) / 1000));
  document.getElementById('lease-left').textContent = `${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')}`;
  document.getElementById('lease-expired').hidden = left > 0;
  root.classList.toggle('expired', left === 0);
}
setInterval(tickLease, 1000);
tickLease();

function refreshOpenCount() {
  const open = fields.openCount();
  document.getElementById('open-count').textContent = String(open);
  document.getElementById('approve').classList.toggle('ready', open === 0);
}

const fields = new FieldRows(document.getElementById('fields'), caseId, statusLabels,
  () => { renewLease(null); refreshOpenCount(); message.hidden = true; }, show);

const clock = new ActivityClock(caseId, Number(root.dataset.activeSeconds) || 0,
  total => { document.getElementById('active-time').textContent = `${Math.floor(total / 60)}m${total % 60}s`; },
  result => { if (result?.ok) { renewLease(result.body.leaseExpiresAt); } });

// focusing a field shows its document and highlights its box
document.getElementById('fields').addEventListener('focusin', event => {
  const row = event.target.closest('li.field');
  if (!row) {
    return;
  }
  document.querySelectorAll('li.field.active').forEach(other => other.classList.toggle('active', other === row));
  row.classList.add('active');
  clock.focusField(`${row.dataset.document}/${row.dataset.field}`);
  showDocument(row.dataset.document);
  viewers.get(row.dataset.document)?.focus(row.dataset.field);
});

async function decide(decision, reasonCode, comment) {
  await clock.flush(false);
  const result = await call('POST', `${caseUrl}/decision`, { decision, reasonCode, comment });
  if (!result.ok) {
    show(problemText(result, decision), 'error');
    if (decision === 'APPROVE') {
      fields.focusRow(fields.firstOpen());
    }
    return false;
  }
  clock.stop();
  window.location.assign(`/cases/${encodeURIComponent(caseId)}?notice=decided`);
  return true;
}

// return / reject: reason codes as configured on the server, in the user's language
const dialog = document.getElementById('decision-dialog');
let reasons = null;
async function openDecision(decision) {
  if (!reasons) {
    const result = await call('GET', '/api/cases/reasons');
    reasons = result.ok ? result.body : { RETURN: [], REJECT: [] };
  }
  const select = document.getElementById('reason-code');
  select.replaceChildren(...reasons[decision].map(reason => new Option(reason.label, reason.code)));
  const title = document.getElementById('decision-title');
  title.textContent = decision === 'RETURN' ? title.dataset.return : title.dataset.reject;
  dialog.dataset.decision = decision;
  document.getElementById('decision-error').hidden = true;
  dialog.showModal();
  select.focus();
}
document.getElementById('decision-form').addEventListener('submit', async event => {
  event.preventDefault();
  const ok = await decide(dialog.dataset.decision, document.getElementById('reason-code').value,
    document.getElementById('reason-comment').value);
  if (!ok) {
    say(document.getElementById('decision-error'), message.textContent, 'error');
  }
});
document.getElementById('decision-cancel').addEventListener('click', () => dialog.close());

document.getElementById('approve').addEventListener('click', () => decide('APPROVE'));
document.getElementById('return').addEventListener('click', () => openDecision('RETURN'));
document.getElementById('reject').addEventListener('click', () => openDecision('REJECT'));
document.getElementById('release').addEventListener('click', async () => {
  await clock.flush(false);
  const result = await call('POST', `${caseUrl}/release`);
  if (result.ok) {
    clock.stop();
    window.location.assign('/queue');
  } else {
    show(problemText(result, 'release'), 'error');
  }
});

// keys: Ctrl+Enter approves from anywhere; outside an input A / R / J approve, return, reject and Esc leaves one
document.addEventListener('keydown', event => {
  if (dialog.open) {
    return;
  }
  const typing = event.target.closest('input, textarea, select');
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    decide('APPROVE');
    return;
  }
  if (typing) {
    if (event.key === 'Escape') {
      event.target.blur();
    }
    return;
  }
  const plain = !event.ctrlKey && !event.metaKey && !event.altKey;
  const keys = { a: () => decide('APPROVE'), r: () => openDecision('RETURN'), j: () => openDecision('REJECT') };
  if (plain && keys[event.key]) {
    event.preventDefault();
    keys[event.key]();
    return;
  }
  viewers.get(shown)?.handleKey(event);
});

refreshOpenCount();
Promise.all([...viewers.values()].map(viewer => viewer.ready)).then(() => {
  fields.focusRow(fields.firstOpen() || document.querySelector('li.field'));
  document.body.dataset.reviewReady = 'true';
});
