// Loads the result's second half (the role guides, and the panel for keeping the result:
// share link, printing, the image card) the first time a result is shown, and draws it. The
// widget calls this through the loader's on-demand import, with the element to fill and what
// it needs to know (JSON text: the language, the share code, where the content is).

// Two builds of the module: kiosks get the one with the QR encoder.
const modules = {};
const load = (name) =>
  (modules[name] ??= Promise.all([import(`./${name}.js`), stylesheet()]).then(async ([module]) => {
    await module.default({ module_or_path: new URL(`${name}_bg.wasm`, import.meta.url) });
    return module;
  }));
// The content, by address: the widget has just downloaded it, so this is the browser's cache.
const contents = new Map();

// The panel's styles and the print layout, added to the page once.
const stylesheet = () =>
  document.querySelector('link[href$="/keep.css"]') ||
  new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL('keep.css', import.meta.url) });
    link.onload = link.onerror = done;
    document.head.append(link);
  });

const content = (url) => {
  if (!contents.has(url)) {
    contents.set(url, fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: HTTP ${r.status}`)))));
  }
  return contents.get(url);
};

export default async (host, detail) => {
  host.rolefitDetail = detail;
  const { content: address, mode } = JSON.parse(detail);
  const name = mode === 'kiosk' ? 'rolefit_keep_kiosk' : 'rolefit_keep';
  const [{ render, act }, text] = await Promise.all([load(name), content(address)]);
  // A newer call (another language) has taken over while this one waited.
  if (host.rolefitDetail !== detail || !host.isConnected) return;
  render(host, detail, text, new URL('index.html', import.meta.url).href);
  // One handler per element, replaced on each drawing: nothing piles up over many candidates.
  host.onclick = (event) => {
    const button = event.target.closest('[data-keep]');
    if (button) act(host, button.dataset.keep, detail, text).catch((error) => console.warn('RoleFit:', error));
  };
};
