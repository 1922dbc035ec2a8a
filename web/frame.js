// RoleFit inside an iframe. The settings come from the URL (the same names as the inline
// embed's data- attributes, the next steps after the result included: next-<role>,
// next-label-<role>[-<lang>]); the widget's events and the page's height go to the host page
// with postMessage, only to the origin the host names in the `origin` parameter, never "*".
// The candidate's answers go with rolefit:complete only once the embedding page has asked
// for them with a message from its own window (rolefit-frame.js does, for an iframe with
// data-include-answers): a URL parameter would let anyone who can navigate the frame ask.
const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-rolefit]');
for (const [name, value] of params) {
  if (/^(lang|theme|accent|mode|length|bank|(idle|warning|result)-seconds|next-[a-z\d-]+)$/.test(name)) host.setAttribute(`data-${name}`, value);
}
host.dataset.includeAnswers = '';

let target;
try {
  target = new URL(params.get('origin') ?? '').origin;
} catch {
  console.warn('RoleFit: the frame has no valid origin parameter; nothing is sent to the host page');
}
// The host page's origin ("undefined" or "null" where the address names none), for keep.js:
// a next step's address on the host's site is taken there, and its link opens in the host
// page, not inside the frame.
host.dataset.rolefitHost = target;
const post = (message) => {
  if (target && target !== 'null' && parent !== window) parent.postMessage(message, target);
};
let answers = false;
addEventListener('message', (event) => {
  if (event.source === parent && event.origin === target && event.data?.type === 'rolefit:include-answers') answers = true;
});

// Every event of the widget's (keep.js fires rolefit:next), to the host page.
for (const type of ['rolefit:ready', 'rolefit:start', 'rolefit:complete', 'rolefit:shared', 'rolefit:error', 'rolefit:next', 'rolefit:reset']) {
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
