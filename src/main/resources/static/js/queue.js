// The queue screen: a live SLA countdown per case (overdue in red) and the claim / claim-next / release /
// reassign buttons, each one call to the case API. A refusal (someone else was faster, maker-checker) is shown
// as the server words it.
import { call, problemText, say } from './api.js';

const table = document.getElementById('queue');
const message = document.getElementById('queue-message');
const labels = table.dataset;

function duration(seconds) {
  const s = Math.abs(seconds);
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  if (d > 0) {
    return `${d}${labels.labelDays}${h}${labels.labelHours}`;
  }
  if (h > 0) {
    return `${h}${labels.labelHours}${m}${labels.labelMinutes}`;
  }
  return `${m}${labels.labelMinutes}${s % 60}${labels.labelSeconds}`;
}

function tick() {
  const now = Date.now();
  for (const row of table.querySelectorAll('tr.case-row[data-due]')) {
    const left = Math.round((Number(row.dataset.due) - now) / 1000);
    const cell = row.querySelector('.countdown .left');
    cell.textContent = left >= 0 ? `${labels.labelLeft} ${duration(left)}` : `${labels.labelOverdue} ${duration(left)}`;
    row.classList.toggle('overdue', left < 0);
  }
}

async function claim(caseId) {
  const result = await call('POST', `/api/cases/${encodeURIComponent(caseId)}/claim`);
  if (result.ok) {
    window.location.assign(`/cases/${encodeURIComponent(caseId)}/review`);
    return;
  }
  say(message, problemText(result, 'claim'));
  const row = table.querySelector(`tr[data-case="${CSS.escape(caseId)}"]`);
  row?.classList.add('lost');
}

async function claimNext() {
  const result = await call('POST', '/api/cases/claim-next');
  if (result.status === 204) {
    say(message, labels.labelEmpty, 'warn');
  } else if (result.ok) {
    window.location.assign(`/cases/${encodeURIComponent(result.body.caseId)}/review`);
  } else {
    say(message, problemText(result, 'claim-next'));
  }
}

async function simple(path, body) {
  const result = await call('POST', path, body);
  if (result.ok) {
    window.location.reload();
  } else {
    say(message, problemText(result, path));
  }
}

table.addEventListener('click', event => {
  const button = event.target.closest('button');
  const row = event.target.closest('tr.case-row');
  if (!button || !row) {
    return;
  }
  const id = encodeURIComponent(row.dataset.case);
  button.disabled = true;
  const done = () => { button.disabled = false; };
  if (button.classList.contains('claim')) {
    claim(row.dataset.case).finally(done);
  } else if (button.classList.contains('release')) {
    simple(`/api/cases/${id}/release`).finally(done);
  } else if (button.classList.contains('reassign-button')) {
    simple(`/api/cases/${id}/reassign`, { verifier: row.querySelector('.reassign-to').value }).finally(done);
  }
});
document.getElementById('claim-next')?.addEventListener('click', claimNext);
// deadlines in the browser's own time zone (the bank's PCs), not the server's
function showDueTimes() {
  for (const row of table.querySelectorAll('tr.case-row[data-due]')) {
    row.querySelector('.due').textContent = new Date(Number(row.dataset.due)).toLocaleString(document.documentElement.lang,
      { month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });
  }
}

// what the rows say, without the countdowns this script writes into them
function signature(tbody) {
  return [...tbody.querySelectorAll('tr')]
    .map(row => `${row.dataset.case || ''}:${row.dataset.state || ''}:${row.querySelector('.claimed-by')?.textContent || ''}`)
    .join('|');
}

// The queue keeps itself current: new cases, claims by others and expired leases appear without a reload. The rows
// are fetched as the server renders them and swapped in only when they changed; a refresh waits while the page is
// hidden or the user is choosing in a row.
async function refresh() {
  if (document.hidden || table.querySelector('tbody').contains(document.activeElement)) {
    return;
  }
  try {
    const response = await fetch(window.location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
    if (!response.ok || response.redirected) {
      return;
    }
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const rows = page.querySelector('#queue tbody');
    if (rows && signature(rows) !== signature(table.querySelector('tbody'))) {
      table.querySelector('tbody').replaceWith(document.adoptNode(rows));
      showDueTimes();
      tick();
      document.body.dataset.queueRefreshed = String(Date.now());
    }
  } catch {
    // offline for a moment: the next refresh tries again
  }
}

showDueTimes();
tick();
setInterval(tick, 1000);
setInterval(refresh, Number(labels.refreshSeconds || 15) * 1000);
document.body.dataset.queueReady = 'true';
