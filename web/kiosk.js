// RoleFit kiosk page. Settings come from the address (lang, theme, accent, length, idle-seconds,
// warning-seconds, result-seconds, take-home), copied onto the placeholder as the loader expects. A
// service worker keeps every file, so the kiosk keeps working when the venue's network drops.
// Staff open a small bar with a 2-second press in the top-left corner: full screen on or off.
const params = new URLSearchParams(location.search);
const host = document.querySelector('[data-rolefit]');
for (const name of ['lang', 'theme', 'accent', 'length', 'idle-seconds', 'warning-seconds', 'result-seconds', 'take-home']) {
  const value = params.get(name);
  if (value !== null) host.setAttribute(`data-${name}`, value);
}

// Opened from a file (the one-file kiosk), there is no worker to register: the file is its
// own offline copy.
if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch((error) => console.warn('RoleFit: no offline copy', error));
}

const corner = document.getElementById('staff-corner');
const bar = document.getElementById('staff');
const fullscreen = document.getElementById('staff-fullscreen');
const label = () => {
  fullscreen.textContent = document.fullscreenElement ? 'Exit full screen' : 'Full screen';
};
let pressing;
corner.addEventListener('pointerdown', () => {
  pressing = setTimeout(() => {
    label();
    bar.hidden = false;
    fullscreen.focus();
  }, 2000);
});
for (const end of ['pointerup', 'pointerleave', 'pointercancel']) {
  corner.addEventListener(end, () => clearTimeout(pressing));
}
fullscreen.addEventListener('click', () => {
  const change = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  change.catch((error) => console.warn('RoleFit: full screen refused', error)).finally(() => (bar.hidden = true));
});
document.getElementById('staff-close').addEventListener('click', () => (bar.hidden = true));
document.addEventListener('fullscreenchange', label);

await import('./embed.js');
