// The read-only case page: its one action is claiming (then the review screen); a refusal is the server's.
import { call, problemText, say } from './api.js';

const page = document.getElementById('case-page');
document.getElementById('claim')?.addEventListener('click', async () => {
  const id = encodeURIComponent(page.dataset.case);
  const result = await call('POST', `/api/cases/${id}/claim`);
  if (result.ok) {
    window.location.assign(`/cases/${id}/review`);
  } else {
    say(document.getElementById('case-message'), problemText(result, 'claim'));
  }
});
