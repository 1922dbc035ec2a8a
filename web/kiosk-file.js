// RoleFit's kiosk in one file, for a USB stick: opened with a double click (file://), with no
// server and no network. A browser fetches nothing from a file page, so this page answers its
// own requests for the files it carries (the widget, the keep module, the language editions)
// and only those; the rest is the kiosk page as served (kiosk.js). The build bundles this
// with every file it imports into the one HTML file (xtask/src/single.rs).
import widgetWasm from './rolefit_bg.wasm';
import keepWasm from './rolefit_keep_kiosk_bg.wasm';
import it from './rolefit-it.json';
import es from './rolefit-es.json';
import en from './rolefit-en.json';
import itComplete from './rolefit-it-complete.json';
import esComplete from './rolefit-es-complete.json';
import enComplete from './rolefit-en-complete.json';
import { carry } from './keep.js';

// The keep module's kiosk build, which keep.js otherwise imports by its address.
carry('rolefit_keep_kiosk', () => import('./rolefit_keep_kiosk.js'));

const FILES = {
  'rolefit_bg.wasm': [widgetWasm, 'application/wasm'],
  'rolefit_keep_kiosk_bg.wasm': [keepWasm, 'application/wasm'],
  'rolefit-it.json': [it, 'application/json'],
  'rolefit-es.json': [es, 'application/json'],
  'rolefit-en.json': [en, 'application/json'],
  'rolefit-it-complete.json': [itComplete, 'application/json'],
  'rolefit-es-complete.json': [esComplete, 'application/json'],
  'rolefit-en-complete.json': [enComplete, 'application/json'],
};

const network = window.fetch;
window.fetch = (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input, location.href);
  const file = url.protocol === location.protocol && FILES[url.pathname.split('/').pop()];
  if (!file) return network.call(window, input, init);
  return Promise.resolve(new Response(file[0], { headers: { 'content-type': file[1] } }));
};

import('./kiosk.js');
