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

/** The loader's warning about a data- attribute (or a frame's parameter) not understood. */
export function warn(option, value) {
  const name = option.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  console.warn(`RoleFit: data-${name} (${name} in a frame's address) ="${value}" is not understood (expected ${EXPECTED[option]}); the default is used`);
}

// The `next` option: the next step per role, `{ '<role id>': { url, label } }`, the label a
// text or one per language (`{ it, es, en }`), set as the element's data-next-* attributes.
// The keep module's loader checks the addresses as it does a placeholder's: one that is not
// https:, http: or on this site is dropped with a warning. Returns the attributes set.
const nextSteps = (el, value) => {
  const shape = 'an object from role ids to { url, label }, the label a text or { it, es, en }';
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new TypeError(`RoleFit: option next must be ${shape}`);
  const names = [];
  const put = (name, text) => {
    el.setAttribute(name, text.trim());
    names.push(name);
  };
  for (const [role, step] of Object.entries(value)) {
    const label = step?.label;
    const labels = label !== null && typeof label === 'object' ? Object.entries(label) : [];
    const fine =
      /^[a-z0-9][a-z0-9-]*$/.test(role) &&
      typeof step?.url === 'string' &&
      (label === undefined || typeof label === 'string' || (labels.length > 0 && labels.every(([l, t]) => /^(it|es|en)$/.test(l) && typeof t === 'string')));
    if (!fine) throw new TypeError(`RoleFit: option next.${role} is ${JSON.stringify(step)}; expected ${shape}`);
    put(`data-next-${role}`, step.url);
    if (typeof label === 'string') put(`data-next-label-${role}`, label);
    for (const [lang, text] of labels) put(`data-next-label-${role}-${lang}`, text);
  }
  return names;
};

// Turns `mount`'s options into the element's settings; refuses what is not understood.
const apply = (el, options, { SETTINGS, EVENTS, paint }) => {
  const set = [];
  for (const [option, value] of Object.entries(options)) {
    if (option === 'next') {
      set.push(...nextSteps(el, value));
      continue;
    }
    if (option === 'base' || option === 'onNext' || option in EVENTS) {
      const fine = option === 'base' ? typeof value === 'string' : typeof value === 'function';
      if (!fine) throw new TypeError(`RoleFit: option ${option} must be ${option === 'base' ? 'a URL string' : 'a function'}`);
      continue;
    }
    const setting = SETTINGS[option];
    if (!setting) throw new TypeError(`RoleFit: unknown option ${option} (expected one of ${[...Object.keys(SETTINGS), 'base', 'next', ...Object.keys(EVENTS), 'onNext'].join(', ')})`);
    const [name, valid] = setting;
    const expected = EXPECTED[option];
    const text = String(value).trim();
    if (value == null || (typeof value === 'object') || !valid(option === 'bank' || option === 'takeHome' ? text : text.toLowerCase())) {
      throw new TypeError(`RoleFit: option ${option} is ${JSON.stringify(value)}; expected ${expected}`);
    }
    if (option === 'includeAnswers' && String(value) === 'false') continue;
    if (option === 'accent') paint(el, text.toLowerCase());
    el.setAttribute(`data-${name}`, option === 'includeAnswers' ? '' : text);
    set.push(`data-${name}`);
  }
  return set;
};

// The elements whose widget is on its way: they take no second one.
const mounting = new WeakSet();

/**
 * Mounts a widget on `element` with `options` (see rolefit.d.ts); resolves to a handle with
 * `setLanguage(lang)` and `unmount()`. `loader` is what embed.js lends it.
 */
export async function mount(element, options, loader) {
  const { SETTINGS, EVENTS, ACCENT, paint, here, stylesheet, place } = loader;
  if (!(element instanceof Element)) throw new TypeError('RoleFit: mount needs an element');
  if (element.hasAttribute('data-rolefit-mounted') || mounting.has(element)) {
    throw new Error('RoleFit: this element already holds a widget; unmount it first');
  }
  const base = new URL(options.base ?? here, document.baseURI);
  if (!base.href.endsWith('/')) base.pathname += '/';
  const set = apply(element, options, loader);
  const listeners = Object.entries({ ...EVENTS, onNext: 'next' })
    .filter(([option]) => options[option])
    .map(([option, name]) => [`rolefit:${name}`, (event) => options[option](event.detail)]);
  listeners.forEach(([type, listener]) => element.addEventListener(type, listener));
  const forget = () => {
    listeners.forEach(([type, listener]) => element.removeEventListener(type, listener));
    set.forEach((name) => element.removeAttribute(name));
    ACCENT.forEach((property) => element.style.removeProperty(property));
    if (!element.getAttribute('style')) element.removeAttribute('style');
  };
  const styled = stylesheet(base, 'rolefit.css');
  mounting.add(element);
  let widget;
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
      if (!SETTINGS.lang[1](String(lang))) throw new TypeError(`RoleFit: language ${JSON.stringify(lang)}; expected ${EXPECTED.lang}`);
      widget?.set_language(String(lang));
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

