// Field panel: each field is a focusable row (Tab / Shift+Tab move between them). Focusing or hovering a field
// highlights its box in the viewer and brings it into view; clicking a box focuses its field.

/** The boxes the rows carry in their data attributes (numbers only). */
export function boxesOf(list) {
  return [...list.querySelectorAll('.field[data-page]')].map(row => ({
    key: row.dataset.field, page: Number(row.dataset.page),
    x: Number(row.dataset.x), y: Number(row.dataset.y), w: Number(row.dataset.w), h: Number(row.dataset.h),
  }));
}

export function wireFields(list, viewer) {
  const rows = [...list.querySelectorAll('.field')];
  const activate = row => {
    rows.forEach(other => other.classList.toggle('active', other === row));
    row.scrollIntoView({ block: 'nearest' });
    viewer.focus(row.dataset.field);
  };
  for (const row of rows) {
    row.addEventListener('focus', () => activate(row));
    row.addEventListener('mouseenter', () => activate(row));
  }
  viewer.onBoxClick(key => rows.find(row => row.dataset.field === key)?.focus());
}
