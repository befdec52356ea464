// Handling time: counts the seconds a verifier actively works a case (tab visible and some input within the last
// 60 s; idle time is not counted), per case and per focused field, and reports them to /activity every 30 s and
// on leaving the page (fetch keepalive). A report also extends the claim's lease; an idle screen sends nothing,
// so an abandoned claim still expires.
import { call } from './api.js';

const IDLE_AFTER_MS = 60_000;
const REPORT_EVERY_S = 30;

export class ActivityClock {

  /** onReport(result) gets each report's answer ({addedSeconds, leaseExpiresAt} when it went through). */
  constructor(caseId, totalSoFar, onTick, onReport) {
    this.url = `/api/cases/${encodeURIComponent(caseId)}/activity`;
    this.total = totalSoFar;
    this.pending = 0;
    this.pendingFields = {};
    this.field = null;
    this.lastInput = Date.now();
    this.sinceReport = 0;
    this.onTick = onTick;
    this.onReport = onReport;
    for (const type of ['keydown', 'pointerdown', 'pointermove', 'wheel', 'focusin']) {
      document.addEventListener(type, () => { this.lastInput = Date.now(); }, { passive: true, capture: true });
    }
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') {
        this.flush(true);
      }
    });
    window.addEventListener('pagehide', () => this.flush(true));
    this.timer = setInterval(() => this.tick(), 1000);
  }

  /** The field being worked now ("documentId/key"), or null. */
  focusField(ref) {
    this.field = ref;
  }

  active() {
    return document.visibilityState === 'visible' && Date.now() - this.lastInput < IDLE_AFTER_MS;
  }

  tick() {
    if (this.active()) {
      this.total++;
      this.pending++;
      if (this.field) {
        this.pendingFields[this.field] = (this.pendingFields[this.field] || 0) + 1;
      }
    }
    this.onTick(this.total);
    if (++this.sinceReport >= REPORT_EVERY_S) {
      this.flush(false);
    }
  }

  /** Sends what was counted since the last report; nothing when idle. */
  async flush(leaving) {
    this.sinceReport = 0;
    if (this.pending === 0) {
      return null;
    }
    const body = { activeSeconds: this.pending, fields: this.pendingFields };
    this.pending = 0;
    this.pendingFields = {};
    const result = await call('POST', this.url, body, { keepalive: leaving });
    if (!leaving) {
      this.onReport(result);
    }
    return result;
  }

  stop() {
    clearInterval(this.timer);
  }
}
