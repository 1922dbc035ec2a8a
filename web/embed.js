// RoleFit loader and API. Importing this module mounts a widget on every [data-rolefit]
// element of the page; `mount(element, options)` mounts one from script and returns a handle
// to change its language or take it off the page. Every file is found relative to this
// script (or `options.base`), so the folder can be served from any path or CDN; the widget's
// stylesheet is added to the page unless the page links it. Settings are checked before
// mounting, whatever their case: from data- attributes, a value not understood is dropped with
// a console warning naming it, so the default applies; from `mount`, it is refused with a
// TypeError.

// (import.meta.url as text: a bundler reads `new URL('.', import.meta.url)` as a file to copy.)
const here = new URL('.', '' + import.meta.url);

// Whole seconds, 1 to a day.
const seconds = (v) => /^\d+$/.test(v) && v > 0 && v <= 86400;
// Each setting: its data- attribute name and the test of a value as `normal` makes it (what a
// value should be is told by api.js, which a warning loads). Declared in the core's
// settings.rs, which xtask's settings test holds this table to.
const SETTINGS = {
  lang: ['lang', (v) => /^(it|es|en)$/.test(v)],
  theme: ['theme', (v) => /^(auto|light|dark)$/.test(v)],
  accent: ['accent', (v) => /^#([0-9a-f]{3}|[0-9a-f]{6})$/.test(v)],
  mode: ['mode', (v) => /^(embedded|kiosk)$/.test(v)],
  length: ['length', (v) => /^(full|quick)$/.test(v)],
  bank: ['bank', (v) => v !== ''],
  includeAnswers: ['include-answers', (v) => /^(true|false)$/.test(v)],
  idleSeconds: ['idle-seconds', seconds],
  warningSeconds: ['warning-seconds', seconds],
  resultSeconds: ['result-seconds', seconds],
  takeHome: ['take-home', (v) => /^https?:\/\/\S+$/i.test(v)],
};

// Black or white, whichever contrasts more with the colour (WCAG relative luminance).
const textOn = (hex) => {
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const light = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (light + 0.05) ** 2 > 0.0525 ? '#000' : '#fff';
};

// The accent through the CSSOM, which a strict Content-Security-Policy allows.
const ACCENT = ['--rolefit-accent', '--rolefit-accent-text', '--rolefit-accent-soft', '--rolefit-ink'];
const paint = (el, accent) => {
  let hex = accent.slice(1);
  if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
  [`#${hex}`, textOn(hex), `#${hex}24`, 'currentColor'].forEach((v, i) => el.style.setProperty(ACCENT[i], v));
};

// A setting's value as the widget reads it, the one place values are normalised: without spaces
// around it, and in lowercase but for an address (`Kiosk` is `kiosk`).
const normal = (option, value) => (/^(bank|takeHome)$/.test(option) ? value.trim() : value.trim().toLowerCase());

// Reads an element's data- settings (a frame's and the kiosk page's parameters are copied
// there first): a value understood is written back normalised, one not understood is dropped
// with a warning.
const configure = (el) => {
  for (const [option, [name, valid]] of Object.entries(SETTINGS)) {
    const given = el.getAttribute(`data-${name}`);
    if (given == null || option === 'bank') continue;
    const value = normal(option, given);
    // Empty, a theme is auto, a mode the default, include-answers present (on). A language is
    // only normalised: an unknown one is the widget's to negotiate (the browser's come next).
    if (value === '' && /^(theme|mode|include-answers)$/.test(name)) {
      if (name === 'theme') el.setAttribute('data-theme', 'auto');
    } else if (option !== 'lang' && !valid(value)) {
      import('./api.js').then((api) => api.warn(option, given.trim()));
      el.removeAttribute(`data-${name}`);
    } else if (option === 'includeAnswers' && value === 'false') el.removeAttribute('data-include-answers');
    else {
      el.setAttribute(`data-${name}`, value);
      if (option === 'accent') paint(el, value);
    }
  }
};

// Adds one of the widget's stylesheets unless the page links it (or carries it inline, as the
// one-file kiosk does); resolves once it has loaded.
const stylesheet = (base, name) =>
  document.querySelector(`link[rel~=stylesheet][href$="${name}"], style[data-rolefit-style="${name}"]`) ||
  new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(name, base) });
    link.onload = link.onerror = done;
    document.head.append(link);
  });

// The wasm and its glue, instantiated once for the page, from the first folder asked for. The
// glue is imported here, not at the top, so that the intro is drawn before either is asked for.
// A file of the page's own origin is asked for as its preload was (no-cors, with credentials,
// the one kind of request WebKit answers from a preload), so it is downloaded once; one of
// another origin (a CDN) has to be a CORS request to be read.
const own = (url) => url.origin === location.origin;
let started;
const start = (base) =>
  (started ??= import('./rolefit.js').then(async (glue) => {
    const wasm = new URL('rolefit_bg.wasm', base);
    await glue.default({ module_or_path: own(wasm) ? new Request(wasm, { mode: 'no-cors', credentials: 'include' }) : wasm });
    return glue;
  }));

// What the quiz itself does not need (the keep module, which draws the result) is imported
// when first asked for: `keep(host, request)` hands keep.js the element to draw in (none:
// only fetched ahead) and the widget's request (JSON text). If it cannot load (offline),
// `host` says so in the candidate's language (its data-offline, set by the widget) with a
// button to try again (data-retry).
// The browser remembers a failed import for good, so each try after a failure asks for the
// file under a new address (`keep.js?1`, which passes its query on to what it imports).
// From this script's own folder, the keep module is first named as written, so that a
// bundler (the one-file kiosk's) can carry it along.
let failures = 0;
const load = (base) =>
  !failures && base.href === here.href ? import('./keep.js') : import(new URL(failures ? `keep.js?${failures}` : 'keep.js', base));
const later = (base) => ({
  keep: function retry(host, request) {
    return load(base)
      .then((m) => m.default(host, request))
      .catch((error) => {
        console.warn('RoleFit: keep.js could not be loaded', error);
        failures++;
        // Nothing to say where nothing was to be drawn (a fetch ahead) or it has gone.
        if (!host?.isConnected) return;
        const again = Object.assign(document.createElement('button'), { type: 'button', className: 'rf-button', textContent: host.dataset.retry });
        again.onclick = () => retry(host, request);
        const focused = host.contains(document.activeElement);
        host.replaceChildren(Object.assign(document.createElement('p'), { role: 'alert', textContent: host.dataset.offline }), again);
        if (focused) again.focus();
      });
  },
});

// The language the widget will speak (Locale::negotiate): data-lang if it names one, else
// the browser's first one, else English.
const speaks = (tag) => /^(it|es|en)$/.test((tag = String(tag).trim().split(/[-_]/)[0].toLowerCase())) && tag;
const negotiate = (el) => speaks(el.getAttribute('data-lang') ?? '') || navigator.languages.map(speaks).find(Boolean) || 'en';

// Where the widget opens on something other than the full quiz's intro: a kiosk's attract
// screen, the quick quiz's intro, a host's bank, a share link (a result), or a widget's saved
// progress (stored under `rolefit:<id>-w`, or `rolefit:rolefit-<n>`).
const elsewhere = (el) => {
  if (/kiosk|quick/.test(`${el.getAttribute('data-mode')} ${el.getAttribute('data-length')}`) || el.getAttribute('data-bank')?.trim() || location.hash.startsWith('#rolefit=')) return true;
  try {
    const own = `rolefit:${el.id ? `${el.id}-w` : 'rolefit-'}`;
    return Object.keys(localStorage).some((key) => (el.id ? key === own : key.startsWith(own)));
  } catch {
    // Storage blocked: the widget keeps nothing there either.
  }
};

// The intro a page carries in its placeholder (xtask's early.rs), there from the page's first
// frame. Where the widget will open on it, in its language, it stays until the widget is live,
// which is mounted off the page meanwhile: a Start pressed on it is pressed on the live widget.
// A language picked on it is the widget's, which draws the intro in it; this one stays until
// then, with the focus where it was (as the live intro stays while a language downloads).
// Where the widget will open elsewhere, it goes before anything is drawn (the pages' loader is
// render-blocking).
const early = (el) => {
  const node = el.querySelector(':scope > [data-rolefit-early]');
  if (!node) return;
  const lang = node.firstChild?.lang;
  if (elsewhere(el) || lang !== negotiate(el)) return void node.remove();
  // A Start pressed before this script came opened the intro's hidden popover (early.rs); the
  // popover goes, so that each intro's Start counts for its own widget from now on.
  const popover = node.querySelector('[popover]');
  let pressed, chosen;
  try {
    pressed = popover.matches(':popover-open');
  } catch {
    // No popover (older markup) or no popovers in this browser: no Start pressed before.
  }
  popover?.remove();
  node.querySelector('[data-testid=start]').onclick = () => (pressed = true);
  node.querySelectorAll('[lang][data-testid]').forEach((button) => {
    button.onclick = () => (chosen = button.lang !== lang && button.lang);
  });
  /** Mounts the widget with `mount`; it takes the intro's place once it is live. */
  return (mount) => {
    // A language picked before the widget came is the widget's, as if the page had asked.
    const asked = el.getAttribute('data-lang');
    const picked = chosen;
    if (picked) el.setAttribute('data-lang', picked);
    const widget = mount();
    if (picked) asked == null ? el.removeAttribute('data-lang') : el.setAttribute('data-lang', asked);
    const root = widget && el.querySelector(':scope > [data-rolefit-root]:not([data-rolefit-early])');
    if (!root || !node.isConnected) return widget;
    root.remove();
    const live = () => {
      el.removeEventListener('rolefit:ready', live);
      el.removeEventListener('rolefit:error', live);
      // Where the focus was on the intro, it stays; a Start pressed there is pressed here.
      const focused = node.contains(document.activeElement) && document.activeElement.dataset.testid;
      node.isConnected ? node.replaceWith(root) : el.append(root);
      // A language picked once the widget was mounting (the intro's own again, or another).
      if (chosen !== picked) widget.set_language(chosen || lang);
      if (pressed) root.querySelector('[data-testid=start]')?.click();
      else if (focused) root.querySelector(`[data-testid=${focused}]`)?.focus();
    };
    el.addEventListener('rolefit:ready', live);
    el.addEventListener('rolefit:error', live);
    return widget;
  };
};

// Mounts a widget on an element whose settings are in place. The stylesheets come first: on a
// slow connection the wasm would otherwise take the bandwidth they need. The language edition
// is asked for beside the wasm, not after it (the widget's own request is answered by this one).
const place = async (el, base, styled) => {
  const handOver = early(el);
  const kiosk = el.getAttribute('data-mode') === 'kiosk';
  if (!el.getAttribute('data-bank')?.trim() && !kiosk) {
    const href = new URL(`rolefit-${negotiate(el)}.json`, base);
    const edition = Object.assign(document.createElement('link'), { rel: 'preload', as: 'fetch', crossOrigin: own(href) ? null : '', href });
    const gone = () => edition.remove();
    el.append(edition);
    el.addEventListener('rolefit:ready', gone, { once: true });
    el.addEventListener('rolefit:error', gone, { once: true });
  }
  await Promise.all([
    styled,
    // Kiosk mode's touch-screen layout, only where a widget asks for it.
    kiosk && stylesheet(base, 'kiosk.css'),
  ]);
  const glue = await start(base);
  const mount = () => glue.mount(el, base.href, later(base));
  const widget = handOver ? handOver(mount) : mount();
  if (!widget) throw new Error('RoleFit: this element already holds a widget; unmount it first');
  return widget;
};

/**
 * Mounts a widget on `element` with `options` (see rolefit.d.ts); resolves to a handle with
 * `setLanguage(lang)` and `unmount()`. The API itself (api.js) is loaded on the first call:
 * a page that only has placeholders never downloads it.
 */
export async function mount(element, options = {}) {
  const api = await import('./api.js');
  return api.mount(element, options, { SETTINGS, normal, paint, here, stylesheet, place });
}

// Every placeholder on the page, as the page wrote it.
const found = document.querySelectorAll('[data-rolefit]:not([data-rolefit-mounted])');
found.forEach((el) => {
  configure(el);
  const styled = stylesheet(here, 'rolefit.css');
  place(el, here, styled).catch((error) => console.warn(error));
});

