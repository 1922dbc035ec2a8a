// The widget's intro, drawn by the loader while the wasm downloads, so that a candidate can
// press Start as soon as the page is there. It is the widget's own intro: its texts come from
// the content and the widget's messages (the build bundles them in, xtask/src/early.rs), its
// markup is what the widget draws first (src/web/screens/intro.rs, frame.rs), and its language
// is the one the widget picks. The first language edition is preloaded here, beside the wasm
// rather than after it: the widget's own download (with its checks and time limit) is then
// answered from the preload. A Start pressed here opens the first question once the widget is
// live (the live Start is pressed for it); the widget takes over when it is ready, in the same
// frame.
import EARLY from './early-intro.json';

const { fallback, texts } = EARLY;

// A language tag's primary subtag, if it is a language with texts (Locale::from_tag).
const speaks = (tag) => {
  const primary = String(tag).trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(texts, primary) && primary;
};

/** The widget's choice (Locale::negotiate): data-lang, else the browser's first we speak. */
const negotiate = (el) => {
  const asked = el.getAttribute('data-lang');
  return (asked?.trim() && speaks(asked)) || navigator.languages.map(speaks).find(Boolean) || fallback;
};

// Where the widget opens somewhere other than its intro, or with texts from elsewhere, the
// loader draws nothing: a kiosk's attract screen, a host's bank, a share link (a result), a
// widget's saved progress (stored under `rolefit:<id>-w`, or `rolefit:rolefit-<n>`).
const fresh = (el) => {
  if (el.getAttribute('data-mode') === 'kiosk' || el.getAttribute('data-bank')?.trim() || location.hash.startsWith('#rolefit=')) return;
  try {
    const own = `rolefit:${el.id ? `${el.id}-w` : 'rolefit-'}`;
    return !Object.keys(localStorage).some((key) => (el.id ? key === own : key.startsWith(own)));
  } catch {
    // Storage blocked: the widget keeps nothing there either.
    return true;
  }
};

const make = (tag, attributes, ...children) => {
  const made = document.createElement(tag);
  for (const name in attributes) made.setAttribute(name, attributes[name]);
  made.append(...children);
  return made;
};

let drawn = 0;

/**
 * Draws the intro on `el` once `styled` (its stylesheet) has loaded, and preloads the first
 * language edition from `base`; returns what the widget needs to take over, or nothing where
 * the widget will not open on its intro.
 */
export function begin(el, base, styled) {
  if (!fresh(el)) return;
  const node = make('div', { 'data-rolefit-root': '', 'data-rolefit-early': '' });
  const id = `${el.id ? `${el.id}-w` : `rolefit-early-${drawn++}`}-intro-title`;
  const preload = make('link', { rel: 'preload', as: 'fetch', crossorigin: '' });
  // The language on show, the one the candidate picked here (if any), a Start pressed here,
  // and the widget's way on once it is ready.
  let current, chosen, pressed, takeOver;

  // The intro in `lang`, and that language's edition, as the widget's fetch will ask for it.
  const draw = (lang) => {
    current = lang;
    preload.href = new URL(`rolefit-${lang}.json`, base);
    document.head.append(preload);
    const [, title, paragraphs, start, language] = texts[lang];
    const go = make('button', { type: 'button', 'data-testid': 'start', class: 'rf-button rf-primary' }, start);
    go.onclick = () => (pressed = true);
    node.replaceChildren(
      make('div', { lang, class: 'rolefit' },
        make('header', { class: 'rf-header' }, make('span', { class: 'rf-brand' }),
          make('nav', { 'aria-label': language, class: 'rf-langs' }, ...Object.keys(texts).map((tag) => {
            const button = make('button', {
              type: 'button',
              lang: tag,
              'aria-pressed': tag === lang,
              'data-testid': `lang-${tag}`,
              class: tag === lang ? 'rf-lang rf-lang-current' : 'rf-lang',
            }, texts[tag][0]);
            button.onclick = () => {
              if (tag === current) return;
              draw((chosen = tag));
              node.querySelector(`[data-testid=lang-${tag}]`).focus();
            };
            return button;
          }))),
        make('section', { class: 'rf-screen rf-intro', 'aria-labelledby': id },
          make('h2', { id, tabindex: -1, class: 'rf-title' }, title),
          ...paragraphs.map((p) => make('p', { class: 'rf-lede' }, p)),
          make('div', { class: 'rf-nav rf-nav-single' }, go))));
  };
  draw(negotiate(el));
  Promise.resolve(styled).then(() => preload.isConnected && el.append(node));

  /** Takes the intro off the page (the widget is live, failed to load, or was unmounted). */
  const abandon = () => {
    el.removeEventListener('rolefit:ready', takeOver);
    el.removeEventListener('rolefit:error', takeOver);
    node.remove();
    preload.remove();
  };

  /** Mounts the widget with `mount` (the wasm's), off the page until it is ready; then it takes
   * the intro's place. (Its node is taken out rather than hidden: the widget's stylesheet
   * makes every root a block, whatever the page's `hidden`.) */
  const mount = (mountWidget, later) => {
    // The language the candidate picked here is the widget's, as if the page had asked for it.
    const asked = el.getAttribute('data-lang');
    if (chosen) el.setAttribute('data-lang', chosen);
    const widget = mountWidget(el, base.href, later);
    if (chosen) asked == null ? el.removeAttribute('data-lang') : el.setAttribute('data-lang', asked);
    const root = widget && el.querySelector(':scope > [data-rolefit-root]:not([data-rolefit-early])');
    takeOver = () => {
      // Where the focus was on the intro, it stays; a Start pressed there is pressed here.
      const focused = node.contains(document.activeElement) && document.activeElement.dataset.testid;
      node.isConnected ? node.replaceWith(root) : el.append(root);
      abandon();
      if (pressed) root.querySelector('[data-testid=start]')?.click();
      else if (focused) root.querySelector(`[data-testid=${focused}]`)?.focus();
    };
    if (root) {
      root.remove();
      el.addEventListener('rolefit:ready', takeOver);
      el.addEventListener('rolefit:error', takeOver);
    }
    return widget;
  };
  return { abandon, mount };
}
