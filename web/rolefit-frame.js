// RoleFit's iframe embed, on the host page. Each iframe[data-rolefit-frame] takes the height
// of the quiz inside it as that changes (no inner scrollbar), and the quiz's rolefit:* events
// are dispatched on the iframe element, where the page can listen for them. Messages are
// accepted only from the iframe's own window and origin. An iframe with data-include-answers
// asks its quiz, from this window, for the candidate's answers with rolefit:complete. Every
// rolefit:* event the frame sends is fired (ready, start, complete, shared, error, next,
// reset): the frame's own window and origin are the check, not a list of names.

addEventListener('message', (event) => {
  const frame = [...document.querySelectorAll('iframe[data-rolefit-frame]')].find(
    (f) => f.contentWindow === event.source,
  );
  if (!frame || event.origin !== new URL(frame.src, location).origin) return;
  const { type, height, detail } = event.data ?? {};
  if (type === 'rolefit:resize') {
    // Through the CSSOM, which a strict Content-Security-Policy allows.
    if (height > 0 && height < 1e5) frame.style.height = `${Math.ceil(height)}px`;
  } else if (/^rolefit:/.test(type)) {
    if (type === 'rolefit:ready' && frame.hasAttribute('data-include-answers')) {
      event.source.postMessage({ type: 'rolefit:include-answers' }, event.origin);
    }
    frame.dispatchEvent(new CustomEvent(type, { bubbles: true, detail }));
  }
});
