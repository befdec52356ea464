// Teller upload: drop or pick several files. Each file goes up in its own request (so each has its own progress
// bar), then its processing status arrives live over server-sent events until it is read or has failed.
// The upload URL is a parameter (data-upload-url): a case's page posts to the case's documents URL, and hears
// each row's steps as 'upload-state' events.

const FINISHED = new Set(['EXTRACTED', 'FAILED', 'NOT_FOUND']);

export class Uploader {

  constructor(root) {
    this.root = root;
    this.uploadUrl = root.dataset.uploadUrl;
    this.eventsUrl = root.dataset.eventsUrl;
    this.viewUrl = root.dataset.viewUrl;
    this.labels = root.dataset;
    this.table = root.querySelector('#upload-list');
    this.rows = new Map(); // document id -> rows showing it (the same file may be dropped twice)
    this.events = null;
    const header = document.querySelector('meta[name="_csrf_header"]');
    const token = document.querySelector('meta[name="_csrf"]');
    this.csrf = header && token ? { header: header.content, token: token.content } : null;
  }

  add(files) {
    for (const file of files) {
      this.send(file, this.row(file.name));
    }
  }

  send(file, row) {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', this.uploadUrl);
    xhr.setRequestHeader('Accept', 'application/json');
    if (this.csrf) {
      xhr.setRequestHeader(this.csrf.header, this.csrf.token);
    }
    xhr.upload.addEventListener('progress', event => {
      if (event.lengthComputable) {
        row.progress(Math.round(100 * event.loaded / event.total));
      }
    });
    xhr.addEventListener('load', () => this.answered(xhr, row));
    xhr.addEventListener('error', () => row.state('error', this.labels.labelFailedUpload));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
    row.state('uploading', this.labels.labelUploading);
  }

  answered(xhr, row) {
    let body = null;
    try {
      body = JSON.parse(xhr.responseText);
    } catch (ignored) {
      // not JSON: e.g. a login page after the session timed out
    }
    if (xhr.status === 202 && body && body.documents && body.documents.length) {
      row.progress(100);
      const accepted = body.documents[0];
      row.documentId(accepted.id, this.viewUrl + accepted.id);
      this.watch(accepted.id, row, accepted.status);
    } else if (body && body.detail) {
      row.state('refused', body.detail);
    } else {
      row.state('error', `${this.labels.labelFailedUpload} (HTTP ${xhr.status})`);
    }
  }

  /** Adds a document to the live stream: one EventSource for all unfinished documents, reopened with the new set. */
  watch(id, row, status) {
    const rows = this.rows.get(id) || [];
    rows.push(row);
    this.rows.set(id, rows);
    this.show({ id, status });
    if (!FINISHED.has(row.status)) {
      this.listen();
    }
  }

  listen() {
    if (this.events) {
      this.events.close();
      this.events = null;
    }
    const pending = [...this.rows.entries()]
      .filter(([, rows]) => rows.some(row => !FINISHED.has(row.status)))
      .map(([id]) => id);
    if (!pending.length) {
      return;
    }
    const events = new EventSource(`${this.eventsUrl}?ids=${pending.map(encodeURIComponent).join(',')}`);
    events.addEventListener('status', event => {
      this.show(JSON.parse(event.data));
      if (this.allFinished()) {
        events.close();
      }
    });
    // the server ends the stream when all are finished; otherwise EventSource reconnects by itself
    events.addEventListener('error', () => this.allFinished() && events.close());
    this.events = events;
  }

  allFinished() {
    return [...this.rows.values()].flat().every(row => FINISHED.has(row.status));
  }

  show(update) {
    const label = {
      RECEIVED: this.labels.labelReceived, PROCESSING: this.labels.labelProcessing,
      EXTRACTED: this.labels.labelExtracted, FAILED: this.labels.labelFailed, NOT_FOUND: this.labels.labelNotFound,
    }[update.status] || update.status;
    for (const row of this.rows.get(update.id) || []) {
      row.state(update.status, update.error ? `${label}: ${update.error.message}` : label);
    }
  }

  row(fileName) {
    this.table.hidden = false;
    const tr = document.createElement('tr');
    tr.className = 'upload-row';
    const name = cell(tr, 'file-name');
    name.textContent = fileName;
    const bar = document.createElement('progress');
    bar.max = 100;
    bar.value = 0;
    const percent = document.createElement('span');
    percent.className = 'percent';
    cell(tr, 'progress-cell').append(bar, percent);
    const state = cell(tr, 'state');
    const link = document.createElement('a');
    link.className = 'view';
    link.hidden = true;
    link.textContent = this.labels.labelView;
    cell(tr, 'link-cell').append(link);
    this.table.tBodies[0].prepend(tr);
    let events = 0;
    return {
      status: null,
      progress(value) {
        events += 1;
        bar.value = value;
        percent.textContent = value + '%';
        tr.dataset.progress = String(value);
        tr.dataset.progressEvents = String(events);
      },
      state(status, text) {
        this.status = status;
        tr.dataset.state = status;
        state.className = `state status status-${status}`;
        state.textContent = text;
        link.hidden = status !== 'EXTRACTED';
        // the page around the list (a case's page) follows each step
        tr.dispatchEvent(new CustomEvent('upload-state', { bubbles: true, detail: { status, id: tr.dataset.documentId } }));
      },
      documentId(id, href) {
        tr.dataset.documentId = id;
        link.href = href;
      },
    };
  }
}

function cell(tr, className) {
  const td = document.createElement('td');
  td.className = className;
  tr.append(td);
  return td;
}

/** Drop zone and file picker; the form's own POST stays for browsers without JavaScript. */
function wire(root) {
  const uploader = new Uploader(root);
  const zone = root.querySelector('#drop-zone');
  const input = root.querySelector('#file-input');
  const form = root.querySelector('#upload-form');
  input.addEventListener('change', () => {
    uploader.add([...input.files]);
    input.value = '';
  });
  form.addEventListener('submit', event => event.preventDefault());
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, event => {
      event.preventDefault();
      zone.classList.add('dragover');
    });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('dragover'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('dragover');
    uploader.add([...event.dataTransfer.files]);
  });
  // a file dropped beside the zone must not make the browser open it and leave the screen
  for (const type of ['dragover', 'drop']) {
    window.addEventListener(type, event => event.preventDefault());
  }
  return uploader;
}

const root = document.getElementById('upload');
if (root) {
  wire(root);
}
