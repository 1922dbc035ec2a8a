// Listens to RoleFit's events and prints what arrives. Kept in its own file, not inline, so
// the examples also work under a Content-Security-Policy without 'unsafe-inline'.
//
// Inline widgets fire their events on the [data-rolefit] placeholder; with rolefit-frame.js
// the same events are fired on the iframe[data-rolefit-frame]. Both bubble, so one listener
// on the document hears every widget on the page.

const log = document.getElementById('rolefit-log');

function print(event) {
  // textContent, never innerHTML: the detail holds texts from the question bank.
  log.textContent = JSON.stringify(event.detail, null, 2);
}

document.addEventListener('rolefit:complete', print);
document.addEventListener('rolefit:error', print);

document.addEventListener('rolefit:ready', (event) => {
  console.info(`RoleFit ready in ${event.detail.lang}`);
});
document.addEventListener('rolefit:start', () => {
  log.textContent = 'The quiz has started…';
});
