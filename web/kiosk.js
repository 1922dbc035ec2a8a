// RoleFit kiosk page. Settings come from the address (lang, theme, accent, length, bank,
// idle-seconds, warning-seconds, result-seconds, take-home), copied onto the placeholder as the loader expects;
// `tallies=off` is the page's own. A service worker keeps every file, so the kiosk keeps
// working when the venue's network drops.
// Staff open a bar with a 2-second press in the top-left corner: full screen on or off, and the
// anonymous counts for the fair's organiser (docs/kiosk.md), kept by the keep module's kiosk
// build in this page's localStorage (`rolefit-kiosk-tallies`), shown, exported as CSV, reset.
const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-rolefit]');
for (const name of ['lang', 'theme', 'accent', 'length', 'bank', 'idle-seconds', 'warning-seconds', 'result-seconds', 'take-home']) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(`data-${name}`, value);
}
const tallies = params.get('tallies') ?? 'on';
if (!['on', 'off'].includes(tallies)) console.warn(`RoleFit: tallies=${tallies}; expected on or off (counting stays on)`);
const counting = tallies !== 'off';

// Opened from a file (the one-file kiosk), there is no worker to register: the file is its
// own offline copy.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch((error) => console.warn('RoleFit: no offline copy', error));
}

const corner = document.getElementById('staff-corner');
const bar = document.getElementById('staff');
const warn = (error) => console.warn('RoleFit tallies:', error);
// What the bar shows: the counts, the reset's confirmation, or what was just done.
let view = 'counts';

// The staff module, once: the keep module's kiosk build (the one the result is drawn with).
// Events wait for it in the order they came.
let staff;
const module = () =>
  (staff ??= import('./keep.js')
    .then(({ kioskModule }) => kioskModule())
    .then(({ Staff }) => new Staff(counting))
    .catch((error) => {
      staff = undefined;
      throw error;
    }));
if (counting) {
  for (const name of ['rolefit:start', 'rolefit:complete', 'rolefit:reset']) {
    host.addEventListener(name, (event) => {
      const detail = JSON.stringify(event.detail);
      module()
        .then((s) => {
          s.record(name, detail);
          if (!bar.hidden && view !== 'confirm') draw();
        })
        .catch(warn);
    });
  }
}

const language = () => host.querySelector('.rolefit[lang]')?.lang ?? host.dataset.lang ?? 'en';
// Draws the bar again, keeping the focus on the same button (or moving it to `focus`).
const draw = (focus) =>
  module().then((s) => {
    const focused = focus ?? (bar.contains(document.activeElement) ? document.activeElement.dataset.staff : undefined);
    s.draw(bar, language(), document.fullscreenElement !== null, view);
    if (focused) bar.querySelector(`[data-staff="${focused}"]`)?.focus();
  });

// One finger held 2 s, and only one: a second finger, or a press that ends, cancels the
// timer, so neither a two-finger tap nor two overlapping taps open the bar.
let pressing;
const fingers = new Set();
corner.addEventListener('pointerdown', (event) => {
  fingers.add(event.pointerId);
  clearTimeout(pressing);
  if (fingers.size > 1) return;
  pressing = setTimeout(() => {
    view = 'counts';
    bar.hidden = false;
    bar.querySelector('[data-staff=fullscreen]').focus();
    draw('fullscreen').catch(warn);
  }, 2000);
});
for (const end of ['pointerup', 'pointerleave', 'pointercancel']) {
  corner.addEventListener(end, (event) => {
    fingers.delete(event.pointerId);
    clearTimeout(pressing);
  });
}
// The next candidate never finds the bar open: the kiosk's reset closes it.
host.addEventListener('rolefit:reset', () => (bar.hidden = true));

const download = (s) => {
  // A byte order mark first: a spreadsheet opened with a double click then reads UTF-8.
  const url = URL.createObjectURL(new Blob(['\ufeff', s.csv(language())], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: s.csvFile() });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};

const actions = {
  fullscreen: () => {
    const change = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
    change.catch((error) => console.warn('RoleFit: full screen refused', error)).finally(() => (bar.hidden = true));
  },
  close: () => (bar.hidden = true),
  export: () =>
    module().then((s) => {
      download(s);
      view = 'exported';
      return draw('export');
    }),
  reset: () => {
    view = 'confirm';
    return draw('cancel');
  },
  confirm: () =>
    module().then((s) => {
      s.clear();
      view = 'reset';
      return draw('reset');
    }),
  // The counts as pictures or as a table.
  table: () =>
    module().then((s) => {
      s.toggleTable();
      return draw('table');
    }),
  cancel: () => {
    view = 'counts';
    return draw('reset');
  },
};
bar.addEventListener('click', (event) => {
  const action = event.target.closest('[data-staff]')?.dataset.staff;
  if (action) Promise.resolve(actions[action]?.()).catch(warn);
});
bar.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') bar.hidden = true;
});
document.addEventListener('fullscreenchange', () => bar.hidden || draw().catch(warn));

await import('./embed.js');
