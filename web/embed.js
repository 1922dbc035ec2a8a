// RoleFit loader. One module script mounts a widget on every [data-rolefit] element of the
// page. Every file is found relative to this script, so the folder can be served from any
// path or CDN.
import init, { mount } from './rolefit.js';

const here = new URL('./', import.meta.url);
await init({ module_or_path: new URL('rolefit_bg.wasm', here) });
mount(here.href);
