// The widget's intro, drawn by the loader while the wasm downloads, so that a candidate can
// press Start as soon as the page is there. It is the widget's own intro: its texts come from
// the content and the widget's messages (the build bundles them in, xtask/src/early.rs), its
// markup is what the widget draws first (src/web/screens/intro.rs, frame.rs), and its language
// is the one the widget picks. The first language edition is preloaded here, beside the wasm
// rather than after it: the widget's own download (with its checks and time limit) is then
// answered from the preload. A Start pressed here opens the first question once the widget is
// live; the widget takes over when it is ready, in the same frame.
import EARLY from './early-intro.json';

const { fallback, names, texts } = EARLY;

// A language tag's primary subtag, if it is a language with texts (Locale::from_tag).
const speaks = (tag) => {
  const primary = String(tag).trim().split(/[-_]/)[0].toLowerCase();
  return Object.hasOwn(texts, primary) ? primary : null;
};

/** The widget's choice (Locale::negotiate): data-lang, else the browser's first we speak. */
export const negotiate = (el) => {
  const asked = el.getAttribute('data-lang');
  return (asked?.trim() && speaks(asked)) || navigator.languages.map(speaks).find(Boolean) || fallback;
};

// Where the widget opens somewhere other than its intro, or with texts from elsewhere, the
// loader draws nothing: a kiosk's attract screen, a host's bank, a share link (a result), a
// widget's saved progress (stored under `rolefit:<id>-w`, or `rolefit:rolefit-<n>`).
const fresh = (el) => {
  if (el.getAttribute('data-mode') === 'kiosk' || el.getAttribute('data-bank')?.trim()) return false;
  if (location.hash.startsWith('#rolefit=')) return false;
  try {
    const own = el.id ? `rolefit:${el.id}-w` : null;
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i);
      if (own ? key === own : key.startsWith('rolefit:rolefit-')) return false;
    }
  } catch {
    // Storage blocked: the widget keeps nothing there either.
  }
  return true;
};

const make = (tag, attributes, ...children) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
};

let drawn = 0;

/**
 * Draws the intro on `el` once `styled` (its stylesheet) has loaded, and asks for the first
 * language edition from `base`; returns what the widget needs to take over, or null where the
 * widget will not open on its intro.
 */
export function begin(el, base, styled) {
  if (!fresh(el)) return null;
  const node = make('div', { 'data-rolefit-root': '', 'data-rolefit-early': '' });
  const id = `${el.id ? `${el.id}-w` : `rolefit-early-${drawn++}`}-intro-title`;
  const early = { lang: negotiate(el), chosen: null, pressed: false, gone: false };
  const preload = make('link', { rel: 'preload', as: 'fetch', crossorigin: '' });

  // The first edition, in the language on show, as the widget's fetch will ask for it.
  const ask = () => {
    preload.href = new URL(`rolefit-${early.lang}.json`, base);
    document.head.append(preload);
  };

  const draw = () => {
    const [title, paragraphs, start, language] = texts[early.lang];
    const langs = Object.entries(names).map(([tag, name]) => {
      const current = tag === early.lang;
      const button = make('button', {
        type: 'button',
        lang: tag,
        'aria-pressed': String(current),
        'data-testid': `lang-${tag}`,
        class: current ? 'rf-lang rf-lang-current' : 'rf-lang',
      }, name);
      button.onclick = () => {
        if (!Object.hasOwn(texts, tag) || tag === early.lang) return;
        early.lang = early.chosen = tag;
        ask();
        draw();
        node.querySelector(`[data-testid=lang-${tag}]`).focus();
      };
      return button;
    });
    const go = make('button', { type: 'button', 'data-testid': 'start', class: 'rf-button rf-primary' }, start);
    go.onclick = () => (early.pressed = true);
    node.replaceChildren(
      make('div', { lang: early.lang, class: 'rolefit' },
        make('header', { class: 'rf-header' }, make('span', { class: 'rf-brand' }), make('nav', { 'aria-label': language, class: 'rf-langs' }, ...langs)),
        make('section', { class: 'rf-screen rf-intro', 'aria-labelledby': id },
          make('h2', { id, tabindex: '-1', class: 'rf-title' }, title),
          ...paragraphs.map((p) => make('p', { class: 'rf-lede' }, p)),
          make('div', { class: 'rf-nav rf-nav-single' }, go))));
  };

  ask();
  Promise.resolve(styled).then(() => {
    if (early.gone) return;
    draw();
    el.append(node);
  });

  /** Mounts the widget with `mount` (the wasm's), off the page until it is ready; then it takes
   * the intro's place. (Its node is taken out rather than hidden: the widget's stylesheet
   * makes every root a block, whatever the page's `hidden`.) */
  early.mount = (mount, later) => {
    // The language the candidate picked here is the widget's, as if the page had asked for it.
    const asked = el.getAttribute('data-lang');
    if (early.chosen) el.setAttribute('data-lang', early.chosen);
    const widget = mount(el, base.href, later);
    if (early.chosen) asked === null ? el.removeAttribute('data-lang') : el.setAttribute('data-lang', asked);
    if (!widget) return widget;
    const root = el.querySelector(':scope > [data-rolefit-root]:not([data-rolefit-early])');
    root.remove();
    const takeOver = () => {
      // Where the focus was on the intro, it stays.
      const focused = node.contains(document.activeElement) && document.activeElement.dataset.testid;
      if (node.isConnected) node.replaceWith(root);
      else el.append(root);
      early.abandon();
      if (early.pressed) widget.start();
      else if (focused) root.querySelector(`[data-testid="${focused}"]`)?.focus();
    };
    early.abandon = () => {
      el.removeEventListener('rolefit:ready', takeOver);
      el.removeEventListener('rolefit:error', takeOver);
      node.remove();
      preload.remove();
      early.gone = true;
    };
    el.addEventListener('rolefit:ready', takeOver);
    el.addEventListener('rolefit:error', takeOver);
    return widget;
  };

  /** Takes the intro off the page (the widget failed to load, or was unmounted). */
  early.abandon = () => {
    early.gone = true;
    node.remove();
    preload.remove();
  };
  return early;
}
