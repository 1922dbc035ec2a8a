// RoleFit inside an iframe. The settings come from the URL (the same names as the inline
// embed's data- attributes); the widget's events and the page's height go to the host page
// with postMessage, only to the origin the host names in the `origin` parameter, never "*".
const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-rolefit]');
for (const name of ['lang', 'theme', 'accent', 'mode', 'bank', 'include-answers', 'idle-seconds', 'warning-seconds', 'result-seconds']) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(`data-${name}`, value);
}

let target = null;
try {
  target = new URL(params.get('origin') ?? '').origin;
} catch {
  console.warn('RoleFit: the frame has no valid origin parameter; nothing is sent to the host page');
}
const post = (message) => {
  if (target && target !== 'null' && parent !== window) parent.postMessage(message, target);
};

for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:error']) {
  host.addEventListener(type, (event) => post({ type, detail: event.detail }));
}
let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.body.getBoundingClientRect().height);
  if (now !== height) {
    height = now;
    post({ type: 'rolefit:resize', height });
  }
}).observe(document.body);

await import('./embed.js');
