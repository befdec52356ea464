// The document screen: the scan viewer and the field panel side by side.
import { ScanViewer } from './viewer.js';
import { boxesOf, wireFields } from './fields.js';

const pane = document.querySelector('.viewer-pane');
const list = document.querySelector('.field-list');
if (pane && list) {
  const viewer = new ScanViewer(pane, boxesOf(list));
  wireFields(list, viewer);
  document.addEventListener('keydown', event => viewer.handleKey(event));
  viewer.ready.then(() => document.body.dataset.viewerReady = 'true');
}
