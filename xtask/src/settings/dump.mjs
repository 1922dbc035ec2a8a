// Runs RoleFit's own scripts (embed.js with api.js, frame.js, kiosk.js) from a folder, in Node
// with a stand-in for the page, and prints what they do with settings as JSON: for xtask's
// settings test, which holds them to the core's declaration (core/src/settings.rs).
// Usage: node dump.mjs <folder of the scripts> '<probes as JSON: [[option, attribute, value], …]>'
import { pathToFileURL } from 'node:url';

const [folder, probesJson] = process.argv.slice(2);
const probes = JSON.parse(probesJson);
const script = (name, n) => `${pathToFileURL(`${folder}/${name}`)}?${n}`;

// An element: its attributes, and nothing drawn.
class Element {
  constructor(attributes = {}) {
    this.attributes = new Map(Object.entries(attributes));
    // Every value written, kept after a failed mount takes the attributes away again.
    this.written = new Map();
    this.dataset = {};
    this.style = Object.assign([], { setProperty() {}, removeProperty() {} });
  }
  getAttribute(name) {
    return this.attributes.has(name) ? this.attributes.get(name) : null;
  }
  setAttribute(name, value) {
    this.attributes.set(name, String(value));
    this.written.set(name, String(value));
  }
  removeAttribute(name) {
    this.attributes.delete(name);
  }
  hasAttribute(name) {
    return this.attributes.has(name);
  }
  querySelector() {
    return null;
  }
  querySelectorAll() {
    return [];
  }
  getRootNode() {
    return globalThis.document;
  }
  contains() {
    return false;
  }
  append() {}
  prepend() {}
  addEventListener() {}
  removeEventListener() {}
  observe() {}
  get id() {
    return '';
  }
}

let placeholders = [];
let host = new Element();
const warnings = [];
console.warn = (...args) => warnings.push(args.map(String).join(' '));
Object.assign(globalThis, {
  Element,
  ShadowRoot: class {},
  ResizeObserver: Element,
  addEventListener() {},
  parent: {},
  localStorage: {},
  location: { origin: 'https://blog.example', hash: '', search: '', protocol: 'https:' },
  document: {
    baseURI: 'https://blog.example/',
    head: new Element(),
    body: Object.assign(new Element(), { getBoundingClientRect: () => ({ height: 0 }) }),
    querySelectorAll: () => placeholders,
    // A stylesheet the page already links; the frame's and kiosk's placeholder.
    querySelector: (selector) => (selector.startsWith('link') ? {} : host),
    getElementById: () => new Element(),
    createElement: () => new Element(),
  },
});
Object.defineProperty(globalThis, 'navigator', { value: { languages: ['en'] }, configurable: true });
// A warning is told once api.js has loaded (embed.js imports it to word one).
const settle = async () => {
  await import(pathToFileURL(`${folder}/api.js`));
  await new Promise((done) => setTimeout(done, 5));
};

// The loader, a placeholder per probe: what is left of its attribute, and whether it warned.
const loader = [];
let n = 0;
let api;
for (const [option, attribute, value] of probes) {
  placeholders = [new Element({ 'data-rolefit': '', [`data-${attribute}`]: value })];
  warnings.length = 0;
  api = await import(script('embed.js', n++));
  await settle();
  const warned = warnings.some((w) => w.startsWith(`RoleFit: data-${attribute} `));
  loader.push({ option, value, kept: placeholders[0].getAttribute(`data-${attribute}`), warned });
}
placeholders = [];

// The API: the options it names when refusing an unknown one, and each probe as an option.
const refusal = await api.mount(new Element(), { unknownOption: 1 }).catch((error) => error.message);
const options = /expected one of (.*)\)$/.exec(refusal)?.[1].split(', ') ?? [];
const mount = [];
for (const [option, attribute, value] of probes) {
  const el = new Element();
  const outcome = await api.mount(el, { [option]: value }).catch((error) => error);
  const refused = outcome instanceof TypeError && outcome.message.startsWith(`RoleFit: option ${option} `);
  mount.push({ option, value, kept: el.written.get(`data-${attribute}`) ?? null, refused });
}

// The frame's and the kiosk page's parameters: every name asked for, and those copied.
const names = [...new Set(probes.map(([, attribute]) => attribute))];
names.push('include-answers', 'take-home', 'next-some-role', 'next-label-some-role', 'next-label-some-role-es', 'origin', 'tallies', 'unknown');
const copied = async (file) => {
  host = new Element({ 'data-rolefit': '' });
  globalThis.location.search = `?${names.map((name) => `${name}=1`).join('&')}`;
  await import(script(file, n++)).catch(() => {});
  return [...host.attributes.keys()].filter((name) => name !== 'data-rolefit').map((name) => name.replace(/^data-/, ''));
};
const frame = await copied('frame.js');
const kiosk = await copied('kiosk.js');

process.stdout.write(JSON.stringify({ loader, options, mount, frame, kiosk }));
process.exit(0);
