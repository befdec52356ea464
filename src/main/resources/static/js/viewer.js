// Scan viewer: one page image at a time with the fields' boxes drawn over it; zoom (buttons, wheel, keys),
// pan (drag, arrow keys), rotate by 90°, page switching. Image and boxes sit on one transformed stage, so the
// boxes follow every zoom, pan and rotation. Boxes are numbers only: no document text ever reaches this code.

const ZOOM_STEP = 1.25;
const MIN_SCALE = 0.05;
const MAX_SCALE = 8;
const PAN_STEP = 60;

export class ScanViewer {

  /** pane: the viewer fragment's element; boxes: [{key, page, x, y, w, h}] in page-image pixels. */
  constructor(pane, boxes) {
    this.pane = pane;
    this.viewport = pane.querySelector('.viewer');
    this.stage = pane.querySelector('.stage');
    this.image = pane.querySelector('.page-image');
    this.overlay = pane.querySelector('.overlay');
    this.pageUrl = this.viewport.dataset.pageUrl;
    this.pages = Number(this.viewport.dataset.pages) || 1;
    this.boxes = boxes;
    this.page = 0;
    this.scale = 1;
    this.rotation = 0; // quarter turns clockwise
    this.tx = 0;
    this.ty = 0;
    this.listeners = [];
    this.drawBoxes();
    this.bindControls();
    this.bindPointer();
    this.ready = this.showPage(1);
  }

  /** Called with a field key when the user clicks its box. */
  onBoxClick(listener) {
    this.listeners.push(listener);
  }

  showPage(n) {
    const page = Math.min(Math.max(1, n), this.pages);
    if (page === this.page) {
      return this.ready;
    }
    this.page = page;
    this.pane.querySelector('[data-page-number]').textContent = String(page);
    for (const box of this.overlay.children) {
      box.hidden = Number(box.dataset.page) !== page;
    }
    this.ready = new Promise(resolve => {
      this.image.onload = () => {
        this.stage.style.width = this.image.naturalWidth + 'px';
        this.stage.style.height = this.image.naturalHeight + 'px';
        this.fit();
        resolve();
      };
      this.image.src = this.pageUrl + page;
    });
    return this.ready;
  }

  /** The whole page in view, centred. */
  fit() {
    const [w, h] = this.turnedSize();
    const view = this.viewport.getBoundingClientRect();
    this.scale = Math.min(view.width / w, view.height / h);
    this.centre();
  }

  zoomBy(factor, at) {
    const view = this.viewport.getBoundingClientRect();
    const point = at || { x: view.width / 2, y: view.height / 2 };
    const scale = Math.min(MAX_SCALE, Math.max(MIN_SCALE, this.scale * factor));
    const applied = scale / this.scale;
    this.tx = point.x - (point.x - this.tx) * applied;
    this.ty = point.y - (point.y - this.ty) * applied;
    this.scale = scale;
    this.render();
  }

  rotate() {
    this.rotation = (this.rotation + 1) % 4;
    this.fit();
  }

  pan(dx, dy) {
    this.tx += dx;
    this.ty += dy;
    this.render();
  }

  /** Highlights a field's box and brings it to the middle of the view, turning the page if needed. */
  async focus(key) {
    for (const box of this.overlay.children) {
      box.classList.toggle('active', box.dataset.field === key);
    }
    const box = this.boxes.find(b => b.key === key);
    if (!box) {
      return;
    }
    await this.showPage(box.page);
    const view = this.viewport.getBoundingClientRect();
    const centre = this.toView(box.x + box.w / 2, box.y + box.h / 2);
    this.pan(view.width / 2 - centre.x, view.height / 2 - centre.y);
  }

  /** Keys for the viewer; ignored while typing in a form field. */
  handleKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest('input, textarea, select')) {
      return;
    }
    const actions = {
      '+': () => this.zoomBy(ZOOM_STEP), '=': () => this.zoomBy(ZOOM_STEP), '-': () => this.zoomBy(1 / ZOOM_STEP),
      '0': () => this.fit(), r: () => this.rotate(), R: () => this.rotate(),
      PageUp: () => this.showPage(this.page - 1), PageDown: () => this.showPage(this.page + 1),
      ArrowLeft: () => this.pan(PAN_STEP, 0), ArrowRight: () => this.pan(-PAN_STEP, 0),
      ArrowUp: () => this.pan(0, PAN_STEP), ArrowDown: () => this.pan(0, -PAN_STEP),
    };
    const action = actions[event.key];
    if (action) {
      event.preventDefault();
      action();
    }
  }

  /** A page-image point in viewport pixels: turned about the image centre, scaled, moved. */
  toView(x, y) {
    const w = this.image.naturalWidth;
    const h = this.image.naturalHeight;
    const angle = this.rotation * Math.PI / 2;
    const dx = x - w / 2;
    const dy = y - h / 2;
    const rx = dx * Math.cos(angle) - dy * Math.sin(angle) + w / 2;
    const ry = dx * Math.sin(angle) + dy * Math.cos(angle) + h / 2;
    return { x: this.tx + rx * this.scale, y: this.ty + ry * this.scale };
  }

  turnedSize() {
    const w = this.image.naturalWidth || 1;
    const h = this.image.naturalHeight || 1;
    return this.rotation % 2 === 0 ? [w, h] : [h, w];
  }

  centre() {
    const view = this.viewport.getBoundingClientRect();
    this.tx = view.width / 2 - this.scale * this.image.naturalWidth / 2;
    this.ty = view.height / 2 - this.scale * this.image.naturalHeight / 2;
    this.render();
  }

  render() {
    const w = this.image.naturalWidth;
    const h = this.image.naturalHeight;
    this.stage.style.transform = `translate(${this.tx}px, ${this.ty}px) scale(${this.scale}) `
      + `translate(${w / 2}px, ${h / 2}px) rotate(${this.rotation * 90}deg) translate(${-w / 2}px, ${-h / 2}px)`;
    this.pane.querySelector('[data-zoom]').textContent = Math.round(this.scale * 100) + '%';
    this.viewport.dataset.scale = this.scale.toFixed(4);
    this.viewport.dataset.rotation = String(this.rotation * 90);
  }

  drawBoxes() {
    for (const b of this.boxes) {
      const box = document.createElement('div');
      box.className = 'box';
      box.dataset.field = b.key;
      box.dataset.page = String(b.page);
      Object.assign(box.style, { left: b.x + 'px', top: b.y + 'px', width: b.w + 'px', height: b.h + 'px' });
      box.addEventListener('click', () => this.listeners.forEach(listener => listener(b.key)));
      this.overlay.append(box);
    }
  }

  bindControls() {
    const actions = {
      prev: () => this.showPage(this.page - 1), next: () => this.showPage(this.page + 1),
      'zoom-in': () => this.zoomBy(ZOOM_STEP), 'zoom-out': () => this.zoomBy(1 / ZOOM_STEP),
      fit: () => this.fit(), rotate: () => this.rotate(),
    };
    for (const button of this.pane.querySelectorAll('[data-action]')) {
      button.addEventListener('click', () => actions[button.dataset.action]());
    }
    this.viewport.addEventListener('wheel', event => {
      event.preventDefault();
      const view = this.viewport.getBoundingClientRect();
      this.zoomBy(event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP,
        { x: event.clientX - view.left, y: event.clientY - view.top });
    }, { passive: false });
  }

  bindPointer() {
    let last = null;
    this.viewport.addEventListener('pointerdown', event => {
      if (event.target.classList.contains('box')) {
        return;
      }
      last = { x: event.clientX, y: event.clientY };
      this.viewport.setPointerCapture(event.pointerId);
      this.viewport.classList.add('dragging');
    });
    this.viewport.addEventListener('pointermove', event => {
      if (last) {
        this.pan(event.clientX - last.x, event.clientY - last.y);
        last = { x: event.clientX, y: event.clientY };
      }
    });
    const end = () => {
      last = null;
      this.viewport.classList.remove('dragging');
    };
    this.viewport.addEventListener('pointerup', end);
    this.viewport.addEventListener('pointercancel', end);
  }
}
