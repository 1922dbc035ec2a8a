// Loads the keep module, which draws the result (its body, the role guides, and the panel
// for keeping it: share link, printing, the image card), and draws it. The widget calls this
// through the loader's on-demand import, with the element to fill and its request (the
// core's KeepRequest, as JSON text): its `kind`, its `mode` (which build of the module to
// load) and `content` (where the content is, if any) are read here, the rest only by the
// module. A `prefetch` (no element) only fetches the module and the content: the widget asks
// for that once the quiz starts, so the result shows at once, and offline too.

// Two builds of the module: kiosks get the one with the QR encoder. A download that failed
// is not kept, so Try again downloads it again.
const modules = {};
const once = (cache, key, start) =>
  (cache[key] ??= start().catch((error) => {
    delete cache[key];
    throw error;
  }));
// This file's own address, which the modules' files are found beside. (A bundler reads
// `new URL('…', import.meta.url)` as a file to copy, and one with a pattern in it as every
// file that matches: names are resolved against this instead, so it copies none of them.)
const here = new URL(import.meta.url);
// After a failed try, the loader imports this file as keep.js?1 (and so on): the module is
// asked for under the same query, since the browser remembers a failed import for good.
// (Only a try's number: inside the one-file kiosk, import.meta.url is the page's own address.)
const search = /^\?\d+$/.test(here.search) ? here.search : '';
// The candidate's build is named as written on a first try, so that a bundler following
// embed.js carries it along. The kiosk build is not: a bundler never takes it for an embedded
// quiz. It is imported by its address beside this file, unless the page handed it over
// (`carry`: the one-file kiosk, which has no files beside it).
const BUILDS = { rolefit_keep: () => import('./rolefit_keep.js') };
export const carry = (name, build) => (BUILDS[name] = build);
const at = (file) => new URL(file, here).href;
const load = (name) =>
  once(modules, name, () =>
    Promise.all([!search && BUILDS[name] ? BUILDS[name]() : import(at(`${name}.js${search}`)), stylesheet('keep.css')]).then(async ([module]) => {
      await module.default({ module_or_path: at(`${name}_bg.wasm`) });
      return module;
    }),
  );
// The content, by address: the widget has just downloaded it, so this is the browser's cache.
const contents = {};
const content = (url) =>
  once(contents, url, () => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: HTTP ${r.status}`)))));

// The panel's styles and the print layout (keep.css), or the staff bar's pictures
// (staff.css), added to the page once; a link that failed to load is taken out again, so that
// the next try adds it afresh.
const stylesheet = (name) =>
  document.querySelector(`link[href$="/${name}"], style[data-rolefit-style="${name}"]`) ||
  new Promise((done, fail) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: at(name) });
    link.onload = done;
    link.onerror = () => {
      link.remove();
      fail(new Error(`${name} could not be loaded`));
    };
    document.head.append(link);
  });

// The kiosk build, for the kiosk page's staff bar (kiosk.js) and the tallies page, with the
// pictures' styles: the same instance the result is drawn with, never a second one.
export const kioskModule = () => Promise.all([load('rolefit_keep_kiosk'), stylesheet('staff.css')]).then(([module]) => module);

// The host's next step after the result, per role, from the placeholder: data-next-<role>
// (an https: or http: address, or one on this site) with its label, data-next-label-<role>,
// or one per language, data-next-label-<role>-<lang>. Anything else (an empty address too)
// is dropped with a warning, once per placeholder and setting; the keep module draws the top
// role's. In RoleFit's frame, whose placeholder frame.js marks with the host page's origin
// (data-rolefit-host), "this site" is the host page's: an address on it is taken from that
// site's root, and the link opens in the host page (target _parent), not inside the frame.
const told = new WeakMap();
const nextSteps = (placeholder) => {
  const steps = {};
  if (!placeholder) return steps;
  const said = told.get(placeholder) ?? new Set();
  told.set(placeholder, said);
  const attribute = (name) => placeholder.getAttribute(name)?.trim();
  const framed = placeholder.getAttribute('data-rolefit-host');
  const site = /^https?:\/\/[^/]+$/.test(framed) ? framed : null;
  for (const { name, value } of placeholder.attributes) {
    const role = /^data-next-(?!label-)(.+)$/.exec(name)?.[1];
    if (!role) continue;
    const address = value.trim();
    let url = null;
    try {
      url = new URL(address, site ? `${site}/` : document.baseURI);
    } catch {
      // Not an address at all: refused below with the others.
    }
    const absolute = /^[a-z][a-z\d+.-]*:/i.test(address);
    const fine = address && url && /^https?:$/.test(url.protocol) && (absolute || url.origin === (site ?? location.origin));
    if (!fine) {
      if (!said.has(name)) console.warn(`RoleFit: ${name}="${address}" is not an https:, http: or same-site address; no next step is shown for ${role}`);
      said.add(name);
      continue;
    }
    const labels = { '': attribute(`data-next-label-${role}`) };
    for (const lang of ['it', 'es', 'en']) labels[lang] = attribute(`data-next-label-${role}-${lang}`);
    steps[role] = { url: url.href, labels, target: framed == null ? '' : '_parent' };
  }
  return steps;
};

// The message each element was last asked to draw: a newer call replaces it.
const drawing = new WeakMap();

export default async (host, message) => {
  const { kind, mode, content: address } = JSON.parse(message);
  const module = mode === 'kiosk' ? 'rolefit_keep_kiosk' : 'rolefit_keep';
  if (kind === 'prefetch') {
    await Promise.all([load(module), content(address)]);
    return;
  }
  drawing.set(host, message);
  // (No content to read for the problems the widget found in its own.)
  const [{ render, act }, text] = await Promise.all([load(module), address ? content(address) : '']);
  // A newer call (another language, or none: the result has gone) has taken over.
  if (drawing.get(host) !== message || !host.isConnected) return;
  // The page a kiosk's QR code opens: its take-home setting, or the stand-alone page beside
  // these files.
  const home = host.closest('[data-take-home]')?.getAttribute('data-take-home') ?? at('index.html');
  const placeholder = host.closest('[data-rolefit], [data-rolefit-mounted]');
  render(host, message, text, home, nextSteps(placeholder));
  // One handler per element, replaced on each drawing: nothing piles up over many candidates.
  host.onclick = (event) => {
    // The next step followed: the page hears which role's, as it leaves for it.
    const next = event.target.closest('a[data-testid=next-step]');
    if (next) {
      const detail = { lang: host.closest('[lang]')?.lang ?? '', role: next.dataset.role, url: next.href };
      (placeholder ?? host).dispatchEvent(new CustomEvent('rolefit:next', { bubbles: true, composed: true, detail }));
    }
    const button = event.target.closest('[data-keep]');
    if (button) act(host, button.dataset.keep, message, text).catch((error) => console.warn('RoleFit:', error));
  };
};
