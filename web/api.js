// RoleFit's JavaScript API: `mount(element, options)` from embed.js, loaded the first time a
// page calls it (embed.js passes in what it shares: the settings, the stylesheets, the
// loader's intro and the mount itself). Options are checked before mounting: a value not
// understood is refused with a TypeError. Unmounting leaves the element as the page made it.

// What each setting's value should be, as told to whoever gave one that is not understood.
const seconds = 'whole seconds, 1 to 86400';
const EXPECTED = {
  lang: 'it, es or en',
  theme: 'light, dark or auto',
  accent: 'a colour such as #0a7d5a',
  mode: 'embedded or kiosk',
  length: 'full or quick',
  bank: 'the address of a question file on this site',
  includeAnswers: 'true or false',
  idleSeconds: seconds,
  warningSeconds: seconds,
  resultSeconds: seconds,
  takeHome: "the http(s) address of the page a kiosk's QR code opens",
};

// The callbacks `mount` takes, each for one of the widget's events.
const EVENTS = { onReady: 'ready', onStart: 'start', onComplete: 'complete', onError: 'error', onShared: 'shared' };

/** The loader's warning about a data- attribute (or a frame's parameter) not understood. */
export function warn(option, value) {
  const name = option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  console.warn(`RoleFit: data-${name} (${name} in a frame's address) ="${value}" is not understood (expected ${EXPECTED[option]}); the default is used`);
}

// Only an object's own keys are options: `toString` or `constructor` from its prototype are not.
const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);

// A value as told back in a message: never more than 40 characters of it.
const shown = (value) => {
  let text;
  try {
    text = typeof value === 'function' ? 'a function' : (JSON.stringify(value) ?? String(value));
  } catch {
    text = typeof value;
  }
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
};

// The `next` option: the next step per role, `{ '<role id>': { url, label } }`, the label a
// text or one per language (`{ it, es, en }`), as the element's data-next-* attributes to set.
// The keep module's loader checks the addresses as it does a placeholder's: one that is not
// https:, http: or on this site is dropped with a warning.
const nextSteps = (value) => {
  const shape = 'an object from role ids to { url, label }, the label a text or { it, es, en }';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`RoleFit: option next must be ${shape}`);
  const attributes = [];
  for (const [role, step] of Object.entries(value)) {
    const label = step?.label;
    const labels = label !== null && typeof label === 'object' ? Object.entries(label) : [];
    const fine =
      /^[a-z0-9][a-z0-9-]*$/.test(role) &&
      typeof step?.url === 'string' &&
      (label === undefined || typeof label === 'string' || (labels.length > 0 && labels.every(([l, t]) => /^(it|es|en)$/.test(l) && typeof t === 'string')));
    if (!fine) throw new TypeError(`RoleFit: option next.${role.length > 40 ? `${role.slice(0, 40)}…` : role} is ${shown(step)}; expected ${shape}`);
    attributes.push([`data-next-${role}`, step.url.trim()]);
    if (typeof label === 'string') attributes.push([`data-next-label-${role}`, label.trim()]);
    for (const [lang, text] of labels) attributes.push([`data-next-label-${role}-${lang}`, text.trim()]);
  }
  return attributes;
};

// Turns `mount`'s options into the element's settings; refuses what is not understood. Every
// option is checked before any reaches the element, so a refused mount leaves it as it was.
const apply = (el, options, { SETTINGS, normal, paint }) => {
  const settings = [];
  const steps = [];
  for (const [option, value] of Object.entries(options)) {
    if (option === 'next') {
      steps.push(...nextSteps(value));
      continue;
    }
    if (option === 'base' || option === 'onNext' || own(EVENTS, option)) {
      const fine = option === 'base' ? typeof value === 'string' : typeof value === 'function';
      if (!fine) throw new TypeError(`RoleFit: option ${option} must be ${option === 'base' ? 'a URL string' : 'a function'}`);
      continue;
    }
    if (!own(SETTINGS, option)) throw new TypeError(`RoleFit: unknown option ${shown(option)} (expected one of ${[...Object.keys(SETTINGS), 'base', 'next', ...Object.keys(EVENTS), 'onNext'].join(', ')})`);
    const [name, valid] = SETTINGS[option];
    // Normalised as the loader does a data- attribute's value: `'Quick'` is `'quick'`.
    const text = normal(option, String(value));
    if (value == null || typeof value === 'object' || typeof value === 'function' || !valid(text)) {
      throw new TypeError(`RoleFit: option ${option} is ${shown(value)}; expected ${EXPECTED[option]}`);
    }
    if (option === 'includeAnswers' && text === 'false') continue;
    settings.push([option, name, text]);
  }
  for (const [option, name, text] of settings) {
    if (option === 'accent') paint(el, text);
    el.setAttribute(`data-${name}`, option === 'includeAnswers' ? '' : text);
  }
  for (const [name, text] of steps) el.setAttribute(name, text);
  return [...settings.map(([, name]) => `data-${name}`), ...steps.map(([name]) => name)];
};

// The folder of the widget's files: `base` if given, which must be a web (or file) address.
const folder = (options, here) => {
  let base;
  try {
    base = new URL(own(options, 'base') ? options.base : here, document.baseURI);
  } catch {
    // (Refused below.)
  }
  if (!/^(https?|file):$/.test(base?.protocol)) {
    throw new TypeError(`RoleFit: option base is ${shown(options.base)}; expected the http(s) address of RoleFit's folder`);
  }
  if (!base.href.endsWith('/')) base.pathname += '/';
  return base;
};

// In a shadow root the page's stylesheets do not reach the widget: its own go inside the
// element (and leave with it). Resolves once they have loaded.
const shadowStyles = (el, base) => {
  if (!(el.getRootNode() instanceof ShadowRoot)) return [];
  const names = ['rolefit.css', 'keep.css', ...(el.getAttribute('data-mode') === 'kiosk' ? ['kiosk.css'] : [])];
  return names.map((name) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(name, base) });
    link.loaded = new Promise((done) => (link.onload = link.onerror = done));
    el.prepend(link);
    return link;
  });
};

// The elements whose widget is on its way: they take no second one.
const mounting = new WeakSet();

/**
 * Mounts a widget on `element` with `options` (see rolefit.d.ts); resolves to a handle with
 * `setLanguage(lang)` and `unmount()`. `loader` is what embed.js lends it.
 */
export async function mount(element, options, loader) {
  const { SETTINGS, here, stylesheet, place } = loader;
  if (!(element instanceof Element)) throw new TypeError('RoleFit: mount needs an element');
  if (options === null || typeof options !== 'object') throw new TypeError(`RoleFit: options must be an object, not ${shown(options)}`);
  if (element.hasAttribute('data-rolefit-mounted') || mounting.has(element)) {
    throw new Error('RoleFit: this element already holds a widget; unmount it first');
  }
  const base = folder(options, here);
  const set = apply(element, options, loader);
  // The widget takes no language change while it loads: one asked for then waits for
  // rolefit:ready, and the last one asked for is the one shown.
  let widget;
  let ready = false;
  let wanted;
  const listeners = Object.entries({ ...EVENTS, onNext: 'next' })
    .filter(([option]) => own(options, option))
    .map(([option, name]) => [`rolefit:${name}`, (event) => options[option](event.detail)]);
  listeners.push(['rolefit:ready', () => {
    ready = true;
    if (wanted) widget?.set_language(wanted);
    wanted = undefined;
  }]);
  listeners.forEach(([type, listener]) => element.addEventListener(type, listener));
  const links = shadowStyles(element, base);
  const forget = () => {
    listeners.forEach(([type, listener]) => element.removeEventListener(type, listener));
    set.forEach((name) => element.removeAttribute(name));
    // The accent's custom properties (embed.js's paint).
    [...element.style].filter((property) => property.startsWith('--rolefit-')).forEach((property) => element.style.removeProperty(property));
    if (!element.getAttribute('style')) element.removeAttribute('style');
    links.forEach((link) => link.remove());
    // The loader's preload of the language edition, if the widget never got as far as ready.
    element.querySelectorAll(':scope > link[rel=preload]').forEach((link) => link.href.startsWith(base.href) && link.remove());
  };
  const styled = Promise.all([stylesheet(base, 'rolefit.css'), ...links.map((link) => link.loaded)]);
  mounting.add(element);
  try {
    widget = await place(element, base, styled);
  } catch (error) {
    forget();
    throw error;
  } finally {
    mounting.delete(element);
  }
  return {
    setLanguage(lang) {
      const tag = loader.normal('lang', String(lang));
      if (!SETTINGS.lang[1](tag)) throw new TypeError(`RoleFit: language ${shown(lang)}; expected ${EXPECTED.lang}`);
      if (ready) widget?.set_language(tag);
      else wanted = tag;
    },
    unmount() {
      if (!widget) return;
      widget.unmount();
      widget.free();
      widget = null;
      forget();
    },
  };
}
