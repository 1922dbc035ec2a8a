//! The kiosk's offline copy: `sw.js`, written after each build with the list of every file the
//! widget serves and a cache name made from their contents. Any change to the code or the
//! content changes the name, so the next online load replaces the whole copy.

use std::fs;
use std::path::Path;

use crate::Result;

/// FNV-1a, 64 bits: enough to tell two builds apart.
fn fnv(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Writes `sw.js` into `dir`, caching every file there (but itself).
pub fn write(dir: &Path) -> Result {
    let mut files: Vec<String> = fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok())
        .filter(|e| e.path().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "sw.js" && !name.starts_with('.'))
        .collect();
    files.sort();
    let mut hash = 0xcbf2_9ce4_8422_2325;
    for name in &files {
        let bytes = fs::read(dir.join(name)).map_err(|e| format!("{name}: {e}"))?;
        hash = fnv(fnv(hash, name.as_bytes()), &bytes);
    }
    fs::write(dir.join("sw.js"), script(&format!("{hash:016x}"), &files))
        .map_err(|e| format!("sw.js: {e}"))
}

fn script(version: &str, files: &[String]) -> String {
    let list: Vec<String> = files.iter().map(|f| format!("'{f}'")).collect();
    format!(
        "// RoleFit's offline copy, written by the build (xtask/src/service_worker.rs): every file
// of this folder, in a cache named after their contents. A new build is a new name: the next
// online load installs it and drops the old copy.
const CACHE = 'rolefit-{version}';
const FILES = [{files}];

self.addEventListener('install', (event) => {{
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
}});

self.addEventListener('activate', (event) => {{
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith('rolefit-') && n !== CACHE).map((n) => caches.delete(n))))
      .then(() => self.clients.claim()),
  );
}});

// The copy first, the network for anything else. A page's settings are in its query, so a
// page is found whatever its query says.
self.addEventListener('fetch', (event) => {{
  const request = event.request;
  if (request.method !== 'GET') return;
  const page = request.mode === 'navigate';
  event.respondWith(
    caches.open(CACHE).then((cache) => cache.match(request, {{ ignoreSearch: page }})).then((copy) => copy || fetch(request)),
  );
}});
",
        files = list.join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_worker_caches_every_file_under_a_name_from_their_contents() {
        let dir = std::env::temp_dir().join(format!("rolefit-sw-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join("index.html"), "one").unwrap();
        fs::write(dir.join("rolefit.js"), "two").unwrap();
        write(&dir).unwrap();
        let first = fs::read_to_string(dir.join("sw.js")).unwrap();
        assert!(
            first.contains("const FILES = ['index.html', 'rolefit.js'];"),
            "{first}"
        );
        write(&dir).unwrap();
        assert_eq!(
            fs::read_to_string(dir.join("sw.js")).unwrap(),
            first,
            "same files, same worker"
        );
        fs::write(dir.join("rolefit.js"), "three").unwrap();
        write(&dir).unwrap();
        let second = fs::read_to_string(dir.join("sw.js")).unwrap();
        let name = |s: &str| {
            s.lines()
                .find(|l| l.starts_with("const CACHE"))
                .unwrap()
                .to_string()
        };
        assert_ne!(
            name(&first),
            name(&second),
            "a changed file renames the cache"
        );
        fs::remove_dir_all(&dir).unwrap();
    }
}
