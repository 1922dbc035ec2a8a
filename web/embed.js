// RoleFit loader. One module script mounts a widget on every [data-rolefit] element of the
// page. Every file is found relative to this script, so the folder can be served from any
// path or CDN; the widget's stylesheet is added to the page unless the page links it. Before
// mounting it checks each placeholder's settings: a value it does not understand is dropped
// with a console warning naming it, so the default applies.
import init, { mount } from './rolefit.js';

const warn = (el, name, expected) => {
  const value = el.getAttribute(`data-${name}`);
  console.warn(`RoleFit: data-${name} (${name} in a frame's address) ="${value}" is not understood (expected ${expected}); the default is used`);
  el.removeAttribute(`data-${name}`);
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

const configure = (el) => {
  const value = (name) => el.getAttribute(`data-${name}`)?.trim().toLowerCase();
  const theme = value('theme');
  if (theme != null) {
    if (/^(auto|light|dark|)$/.test(theme)) el.setAttribute('data-theme', theme || 'auto');
    else warn(el, 'theme', 'light, dark or auto');
  }
  const accent = value('accent');
  if (accent != null) {
    let hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/.exec(accent)?.[1];
    if (!hex) warn(el, 'accent', 'a colour such as #0a7d5a');
    else {
      if (hex.length === 3) hex = hex.replace(/./g, '$&$&');
      // Through the CSSOM, which a strict Content-Security-Policy allows.
      el.style.setProperty('--rolefit-accent', `#${hex}`);
      el.style.setProperty('--rolefit-accent-text', textOn(hex));
      el.style.setProperty('--rolefit-accent-soft', `#${hex}24`);
      el.style.setProperty('--rolefit-ink', 'currentColor');
    }
  }
  const mode = value('mode');
  if (mode != null && !/^(embedded|kiosk|)$/.test(mode)) warn(el, 'mode', 'embedded or kiosk');
  for (const name of ['idle-seconds', 'warning-seconds', 'result-seconds']) {
    const seconds = value(name);
    if (seconds != null && !(/^\d+$/.test(seconds) && seconds > 0 && seconds <= 86400)) warn(el, name, 'whole seconds, 1 to 86400');
  }
  const answers = value('include-answers');
  if (answers != null && !/^(true|)$/.test(answers)) {
    if (answers === 'false') el.removeAttribute('data-include-answers');
    else warn(el, 'include-answers', 'true or false');
  }
};

document.querySelectorAll('[data-rolefit]:not([data-rolefit-mounted])').forEach(configure);
const here = new URL('./', import.meta.url);
// Adds one of the widget's stylesheets unless the page links it; resolves once it has loaded.
const stylesheet = (name) =>
  document.querySelector(`link[rel~=stylesheet][href$="${name}"]`) ||
  new Promise((done) => {
    const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: new URL(name, here) });
    link.onload = link.onerror = done;
    document.head.append(link);
  });
// Kiosk mode's touch-screen layout, only where a placeholder asks for it.
const kiosk = document.querySelector('[data-rolefit][data-mode=kiosk]:not([data-rolefit-mounted])');
await Promise.all([
  init({ module_or_path: new URL('rolefit_bg.wasm', here) }),
  stylesheet('rolefit.css'),
  kiosk && stylesheet('kiosk.css'),
]);
// What only some candidates need (the panel for keeping a result) is imported when first
// asked for, into `host`. If it cannot load (offline), `host` says so in the candidate's
// language (its data-offline, set by the widget) with a button to try again (data-retry).
// The browser remembers a failed import for good, so each try after a failure asks for the
// file under a new address (`keep.js?1`, which passes its query on to what it imports).
let failures = 0;
const later = (file, host, ...args) =>
  import(new URL(failures ? `${file}?${failures}` : file, here))
    .then((m) => m.default(host, ...args))
    .catch((error) => {
      console.warn(`RoleFit: ${file} could not be loaded`, error);
      failures++;
      if (!host.isConnected) return;
      const again = Object.assign(document.createElement('button'), { type: 'button', className: 'rf-button', textContent: host.dataset.retry });
      again.onclick = () => later(file, host, ...args);
      const focused = host.contains(document.activeElement);
      host.replaceChildren(Object.assign(document.createElement('p'), { role: 'alert', textContent: host.dataset.offline }), again);
      if (focused) again.focus();
    });
mount(here.href, later);
