// The review screen's field rows: blind re-key (Enter posts what was typed; the machine's value is never on the
// page before that), conflicts resolved by taking either value or typing a correction, corrections that the
// server may refuse with check issues ("keep anyway" = override), and confirming a missing field as empty.
// Values are written with textContent / .value only: OCR output is untrusted.
import { call, problemText } from './api.js';

const OPEN = ['REKEY', 'CONFLICT', 'MISSING'];

export class FieldRows {

  /** onChange(row) after a field changed on the server; onMessage(text, level) for refusals. */
  constructor(root, caseId, statusLabels, onChange, onMessage) {
    this.rows = [...root.querySelectorAll('li.field')];
    this.caseId = caseId;
    this.labels = statusLabels;
    this.onChange = onChange;
    this.onMessage = onMessage;
    for (const row of this.rows) {
      this.bind(row);
    }
  }

  openCount() {
    return this.rows.filter(row => OPEN.includes(row.dataset.status)).length;
  }

  firstOpen() {
    return this.rows.find(row => OPEN.includes(row.dataset.status));
  }

  focusRow(row) {
    row?.querySelector('.field-input').focus();
  }

  next(row) {
    const index = this.rows.indexOf(row);
    this.focusRow(this.rows[index + 1] || this.firstOpen() || row);
  }

  url(row, suffix = '') {
    return `/api/cases/${encodeURIComponent(this.caseId)}/fields/${encodeURIComponent(row.dataset.document)}/`
      + `${encodeURIComponent(row.dataset.field)}${suffix}`;
  }

  bind(row) {
    const input = row.querySelector('.field-input');
    input.addEventListener('keydown', event => {
      if (event.key === 'Enter' && !event.ctrlKey && !event.metaKey) {
        event.preventDefault();
        this.enter(row, input.value);
      }
    });
    row.querySelector('.take-machine').addEventListener('click', () => this.confirm(row, 'MACHINE'));
    row.querySelector('.take-mine').addEventListener('click', () => this.confirm(row, 'REKEYED'));
    row.querySelector('.confirm-empty').addEventListener('click', () => this.confirm(row, null));
    row.querySelector('.keep-anyway').addEventListener('click', () => this.correct(row, input.value, true));
  }

  /** Enter: re-key a REKEY field; save a changed value; otherwise move on. */
  async enter(row, typed) {
    const status = row.dataset.status;
    const value = typed.trim();
    if (status === 'REKEY' && value !== '') {
      return this.send(row, call('POST', this.url(row, '/rekey'), { value }));
    }
    const changed = value !== '' && value !== (row.querySelector('.field-input').dataset.current || '');
    if (status !== 'REKEY' && changed) {
      return this.correct(row, value, false);
    }
    this.next(row);
  }

  correct(row, value, override) {
    return this.send(row, call('PUT', this.url(row), { value, override }));
  }

  confirm(row, use) {
    return this.send(row, call('POST', this.url(row, '/confirm'), use ? { use } : undefined));
  }

  async send(row, pending) {
    row.classList.add('saving');
    const result = await pending;
    row.classList.remove('saving');
    if (result.status === 422 && result.body && Array.isArray(result.body.issues)) {
      this.showOverride(row, result.body.issues);
      this.onMessage(problemText(result, 'field'), 'warn');
      return;
    }
    if (!result.ok) {
      this.onMessage(problemText(result, 'field'), 'error');
      return;
    }
    this.update(row, result.body.field);
    this.onChange(row);
    if (result.body.match === false) {
      row.querySelector('.field-input').focus();
    } else {
      this.next(row);
    }
  }

  showOverride(row, issues) {
    const box = row.querySelector('.override');
    const list = box.querySelector('.override-issues');
    list.replaceChildren(...issues.map(issue => {
      const item = document.createElement('li');
      item.textContent = issue.message || issue.code;
      return item;
    }));
    box.hidden = false;
    box.querySelector('.keep-anyway').focus();
  }

  /** Redraws a row from the field as the server now shows it. */
  update(row, field) {
    row.dataset.status = field.status;
    row.className = row.className.replace(/\bstatus-\w+/, `status-${field.status}`);
    row.querySelector('.field-status').textContent = this.labels[field.status] || field.status;
    const conflict = field.status === 'CONFLICT';
    row.querySelector('.conflict').hidden = !conflict;
    row.querySelector('.machine-value').textContent = field.machineValue ?? '';
    row.querySelector('.rekeyed-value').textContent = field.rekeyedValue ?? '';
    row.querySelector('.confirm-empty').hidden = field.status !== 'MISSING';
    row.querySelector('.override').hidden = true;
    const input = row.querySelector('.field-input');
    input.value = OPEN.includes(field.status) ? '' : (field.value ?? '');
    input.dataset.current = field.value ?? '';
    input.placeholder = conflict ? row.closest('#review').dataset.conflictHint || '' : '';
  }
}
