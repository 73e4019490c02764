// The page's only script: hovering a quote (or a row of the speakers table) highlights the speaker's
// mentions, the mention that names the speaker for that quote, and the row's quotes. It reads only ids
// gisa generated (d0e1, d0q3), never document text.
export const SCRIPT = `
(() => {
  let lit = [];
  let current = null;
  const clear = () => { for (const el of lit) el.classList.remove('hl'); lit = []; current = null; };
  const light = (el) => {
    const doc = el.closest('article');
    const found = [el];
    if (el.dataset.spk) found.push(...doc.querySelectorAll('[data-e="' + el.dataset.spk + '"]'));
    if (el.dataset.m) { const m = document.getElementById(el.dataset.m); if (m) found.push(m); }
    for (const id of (el.dataset.qs || '').split(' ')) { const q = id && document.getElementById(id); if (q) found.push(q); }
    for (const f of found) f.classList.add('hl');
    lit = found;
    current = el;
  };
  document.addEventListener('mouseover', (ev) => {
    const el = ev.target instanceof Element ? ev.target.closest('.q, tr[data-qs]') : null;
    if (el === current) return;
    clear();
    if (el) light(el);
  });
  document.addEventListener('mouseleave', clear);
})();
`;
