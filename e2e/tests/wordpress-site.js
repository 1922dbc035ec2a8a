// A real, throwaway WordPress on 127.0.0.1 for the plugin's end-to-end test: Debian's
// `wordpress` package (installed by `cargo xtask test`), a fresh MariaDB database, its own
// content folder in a temporary directory, and PHP's built-in server. Needs root, like the
// package installs.
'use strict';

const fs = require('node:fs');
const os = require('node:os');
const net = require('node:net');
const path = require('node:path');
const { execFileSync, spawn } = require('node:child_process');

const WORDPRESS = '/usr/share/wordpress';
const CONFIG = '/etc/wordpress/config-127.0.0.1.php';
const THEME = '/usr/share/wordpress/wp-content/themes/twentytwentythree';
const FIXTURES = path.join(__dirname, '../fixtures/wordpress');
const DATABASE = 'rolefit_e2e';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function sql(statement, stdio = ['ignore', 'pipe', 'inherit']) {
  execFileSync('mysql', ['-u', 'root', '-e', statement], { stdio });
}

/**
 * MariaDB running, with an empty database and a user for it; true when it had to be started
 * (and so is stopped afterwards).
 */
function freshDatabase(password) {
  let started = false;
  try {
    sql('SELECT 1', 'ignore');
  } catch {
    execFileSync('service', ['mariadb', 'start'], { stdio: 'ignore' });
    started = true;
  }
  sql(
    `DROP DATABASE IF EXISTS ${DATABASE}; CREATE DATABASE ${DATABASE};` +
      `CREATE USER IF NOT EXISTS '${DATABASE}'@'localhost';` +
      `ALTER USER '${DATABASE}'@'localhost' IDENTIFIED BY '${password}';` +
      `GRANT ALL ON ${DATABASE}.* TO '${DATABASE}'@'localhost'; FLUSH PRIVILEGES;`,
  );
  return started;
}

/** Every file under a folder, as paths relative to it (symbolic links not followed). */
function listFiles(root, dir = root) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(root, full) : [path.relative(root, full)];
  });
}

async function waitForServer(origin, child) {
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`php -S exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${origin}/wp-login.php`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    if (tries > 300) throw new Error('php -S did not answer within 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Sets up and starts the site; resolves to
 * { origin, content, site(command, argument), rest(route, body, query), logLines(), files(), stop() }.
 */
async function startWordPress() {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'wordpress-e2e-'));
  const content = path.join(work, 'wp-content');
  for (const dir of ['plugins', 'themes', 'languages', 'uploads']) {
    fs.mkdirSync(path.join(content, dir), { recursive: true });
  }
  fs.symlinkSync(THEME, path.join(content, 'themes/twentytwentythree'));
  const log = path.join(work, 'debug.log');
  const password = `e2e-${process.pid}-${Date.now()}`;
  const startedDatabase = freshDatabase(password);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const php = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
  fs.writeFileSync(
    CONFIG,
    `<?php
// Written by RoleFit's end-to-end test (e2e/tests/wordpress-site.js) for its throwaway site.
define('DB_NAME', ${php(DATABASE)});
define('DB_USER', ${php(DATABASE)});
define('DB_PASSWORD', ${php(password)});
define('DB_HOST', 'localhost');
define('WP_HOME', ${php(origin)});
define('WP_SITEURL', ${php(origin)});
define('WP_CONTENT_DIR', ${php(content)});
define('WP_CONTENT_URL', ${php(`${origin}/wp-content`)});
define('WP_DEBUG', true);
define('WP_DEBUG_LOG', ${php(log)});
define('WP_DEBUG_DISPLAY', false);
define('WP_ENVIRONMENT_TYPE', 'local');
define('FS_METHOD', 'direct');
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
`,
  );
  const env = { ...process.env, ROLEFIT_WP_CONTENT: content };

  /** Runs a command of fixtures/wordpress/site.php; resolves to its JSON result. */
  const site = (command, argument) => {
    const args = [path.join(FIXTURES, 'site.php'), command, ...(argument ? [argument] : [])];
    const out = execFileSync('php', args, { env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(out.trim().split('\n').pop());
  };

  const { user, applicationPassword } = site('install');
  const server = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', WORDPRESS, path.join(FIXTURES, 'router.php')], {
    env: { ...env, PHP_CLI_SERVER_WORKERS: '4' },
    stdio: ['ignore', 'ignore', 'ignore'],
    // Its own process group, so that stopping it stops its workers too.
    detached: true,
  });
  await waitForServer(origin, server);

  const authorization = `Basic ${Buffer.from(`${user}:${applicationPassword}`).toString('base64')}`;
  /** A REST API request as the admin user, the way the block editor makes it. */
  const rest = async (route, body, query = {}) => {
    const address = new URL(`${origin}/`);
    address.search = new URLSearchParams({ rest_route: route, ...query });
    const response = await fetch(address, {
      method: body ? 'POST' : 'GET',
      headers: { authorization, 'content-type': 'application/json' },
      body: body && JSON.stringify(body),
    });
    const json = await response.json();
    if (!response.ok) throw new Error(`${route}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };

  return {
    origin,
    content,
    site,
    rest,
    /** The lines of WordPress's debug log so far. */
    logLines: () => (fs.existsSync(log) ? fs.readFileSync(log, 'utf8').split('\n').filter(Boolean) : []),
    /** Every file of the site's content folder. */
    files: () => listFiles(content),
    stop: async () => {
      const exited = new Promise((resolve) => (server.exitCode !== null ? resolve() : server.once('exit', resolve)));
      process.kill(-server.pid, 'SIGTERM');
      await exited;
      fs.rmSync(CONFIG, { force: true });
      sql(`DROP DATABASE IF EXISTS ${DATABASE}; DROP USER IF EXISTS '${DATABASE}'@'localhost'`);
      if (startedDatabase) execFileSync('service', ['mariadb', 'stop'], { stdio: 'ignore' });
      fs.rmSync(work, { recursive: true, force: true });
    },
  };
}

module.exports = { startWordPress };
