// RoleFit's tallies page: several kiosks' CSV exports (Export CSV in each staff bar) merged
// into one day, drawn by the keep module's kiosk build: pictures for all the kiosks together
// and for each one, the combined CSV, and a one-page report to print. Files are read here and
// kept in the page's memory only. Offline like the kiosk: the same service worker keeps every
// file of the folder.
const params = new URLSearchParams(location.search);
const SPOKEN = ['it', 'es', 'en'];
const asked = params.get('lang');
if (asked !== null && !SPOKEN.includes(asked)) console.warn(`RoleFit: lang=${asked} is not understood (expected it, es or en); the browser's languages are used`);
const lang = [asked, ...navigator.languages.map((l) => l.slice(0, 2).toLowerCase())].find((l) => SPOKEN.includes(l)) ?? 'en';
document.documentElement.lang = lang;

if ('serviceWorker' in navigator && location.protocol !== 'file:') {
  navigator.serviceWorker.register('sw.js').catch((error) => console.warn('RoleFit: no offline copy', error));
}

const root = document.getElementById('tallies');
const date = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(new Date());
const { kioskModule } = await import('./keep.js');
const { Merge } = await kioskModule();
const merge = new Merge();
let problems = [];

// Draws the page again; the focus goes to `focus` (a selector), if given.
const draw = (focus) => {
  merge.draw(root, lang, date, problems);
  document.title = `RoleFit: ${root.querySelector('h1').textContent}`;
  if (focus) root.querySelector(focus)?.focus();
};

const input = Object.assign(document.createElement('input'), { type: 'file', multiple: true, accept: '.csv,text/csv', hidden: true, id: 'tallies-files' });
document.body.append(input);
const addFiles = async (files) => {
  problems = [];
  for (const file of files) {
    const refused = merge.add(file.name, await file.text(), lang);
    if (refused) problems.push(refused);
  }
  draw(problems.length ? '[data-testid=problems]' : '[data-tallies=choose]');
};
input.addEventListener('change', () => addFiles([...input.files]).finally(() => (input.value = '')));

const download = () => {
  const url = URL.createObjectURL(new Blob([merge.csv(lang)], { type: 'text/csv;charset=utf-8' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: merge.csvFile() });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
};
const actions = {
  choose: () => input.click(),
  export: download,
  print: () => print(),
  clear: () => {
    merge.clear();
    problems = [];
    draw('[data-tallies=choose]');
  },
  remove: (button) => {
    merge.remove(Number(button.dataset.index));
    problems = [];
    draw('[data-tallies=choose]');
  },
};
root.addEventListener('click', (event) => {
  const button = event.target.closest('[data-tallies]');
  if (button) actions[button.dataset.tallies]?.(button);
});

// Files dropped anywhere on the page.
for (const name of ['dragenter', 'dragover']) {
  document.addEventListener(name, (event) => {
    event.preventDefault();
    root.classList.add('tallies-dropping');
  });
}
document.addEventListener('dragleave', (event) => event.relatedTarget || root.classList.remove('tallies-dropping'));
document.addEventListener('drop', (event) => {
  event.preventDefault();
  root.classList.remove('tallies-dropping');
  addFiles([...(event.dataTransfer?.files ?? [])]);
});

draw();
