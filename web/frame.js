// RoleFit inside an iframe. The settings come from the URL (the same names as the inline
// embed's data- attributes); the widget's events and the page's height go to the host page
// with postMessage, only to the origin the host names in the `origin` parameter, never "*".
// The candidate's answers go with rolefit:complete only once the embedding page has asked
// for them with a message from its own window (rolefit-frame.js does, for an iframe with
// data-include-answers): a URL parameter would let anyone who can navigate the frame ask.
const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-rolefit]');
for (const name of ['lang', 'theme', 'accent', 'mode', 'length', 'bank', 'idle-seconds', 'warning-seconds', 'result-seconds']) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(`data-${name}`, value);
}
host.setAttribute('data-include-answers', '');

let target = null;
try {
  target = new URL(params.get('origin') ?? '').origin;
} catch {
  console.warn('RoleFit: the frame has no valid origin parameter; nothing is sent to the host page');
}
const post = (message) => {
  if (target && target !== 'null' && parent !== window) parent.postMessage(message, target);
};
let answers = false;
addEventListener('message', (event) => {
  if (event.source === parent && event.origin === target && event.data?.type === 'rolefit:include-answers') answers = true;
});

for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:shared', 'rolefit:error']) {
  host.addEventListener(type, (event) => {
    const detail = { ...event.detail };
    if (!answers) delete detail.answers;
    post({ type, detail });
  });
}
let height = 0;
new ResizeObserver(() => {
  const now = Math.ceil(document.body.getBoundingClientRect().height);
  if (now !== height) {
    height = now;
    post({ type: 'rolefit:resize', height });
  }
}).observe(document.body);

