// Loads RoleFit's keep panel module (share link, printing, the result card) the first time a
// result is shown, and fills the panel. The widget calls this through the loader's on-demand
// import, with the panel element and what the panel needs to know (JSON text).
import init, { render, act } from './rolefit_keep.js';

let ready;

// The panel's styles and the print layout, added to the page once.
const stylesheet = () =>
  document.querySelector('link[href$="/keep.css"]') ||
  new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('keep.css', import.meta.url) });
    link.onload = link.onerror = done;
    document.head.append(link);
  });

export default async (panel, detail) => {
  ready ??= Promise.all([init({ module_or_path: new URL('rolefit_keep_bg.wasm', import.meta.url) }), stylesheet()]);
  await ready;
  render(panel, detail);
  // One handler per panel, replaced on each drawing: nothing piles up over many candidates.
  panel.onclick = (event) => {
    const button = event.target.closest('[data-keep]');
    if (button) act(panel, button.dataset.keep, detail).catch((error) => console.warn('RoleFit:', error));
  };
};
