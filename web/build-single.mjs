// build-single.mjs - the single-file edition: dist/goalpost.html holds the whole
// app (script, styles, icon and the wasm core as base64) so it works when opened
// from disk on a computer where nothing can be installed or served.
// Called by build.mjs with --single-file, after dist/index.html and dist/styles.css exist.
//
// The page keeps a strict Content-Security-Policy: the inline script and style
// are allowed by their SHA-256 hashes, never by 'unsafe-inline'.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Bundles main.js behind embedded-core.js, so the core starts from embedded bytes.
 * Without code splitting, the modules the app loads with import() (Chart.js,
 * the later screens, the dialogs) are in this one script too.
 */
async function bundleScript(root) {
  const result = await build({
    stdin: {
      contents: "import './src/embedded-core.js';\nimport './src/main.js';\n",
      resolveDir: join(root, 'web'),
      sourcefile: 'goalpost-single.js',
    },
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    loader: { '.wasm': 'binary' },
    write: false,
    logLevel: 'warning',
  });
  const code = result.outputFiles[0].text;
  // esbuild writes "</script" as "<\/script"; "<!--" could still confuse the HTML
  // parser inside a script element, so refuse rather than emit a broken page.
  if (/<\/script|<!--/i.test(code)) throw new Error('single file: the bundled script contains "</script" or "<!--"');
  return code;
}

/** Rewrites one directive of a CSP: drops 'self' (nothing is loaded from disk) and adds SOURCE. */
function allowInline(csp, name, source) {
  const directives = csp.split(';').map((part) => part.trim()).filter(Boolean);
  const index = directives.findIndex((part) => part.split(/\s+/)[0] === name);
  if (index < 0) throw new Error(`single file: the CSP has no ${name} directive`);
  const values = directives[index].split(/\s+/).slice(1).filter((value) => value !== "'self'");
  if (values.includes("'unsafe-inline'")) throw new Error(`single file: ${name} must not allow 'unsafe-inline'`);
  directives[index] = [name, source, ...values].join(' ');
  return directives.join('; ');
}

function replaceOnce(html, pattern, replacement, what) {
  if (!pattern.test(html)) throw new Error(`single file: index.html has no ${what}`);
  return html.replace(pattern, () => replacement);
}

/** Writes the single-file edition to OUT (default dist/goalpost.html); returns its size in bytes. */
export async function writeSingleFile(root, dist, out = join(dist, 'goalpost.html')) {
  const [html, css, icon, script] = await Promise.all([
    readFile(join(dist, 'index.html'), 'utf8'),
    readFile(join(dist, 'styles.css'), 'utf8'),
    readFile(join(dist, 'icon.svg')),
    bundleScript(root),
  ]);
  if (/url\(\s*['"]?(?!data:)/i.test(css)) throw new Error('single file: styles.css refers to another file with url()');
  if (/<\/style/i.test(css)) throw new Error('single file: styles.css contains "</style"');

  const cspTag = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/;
  const csp = cspTag.exec(html)?.[1];
  if (!csp) throw new Error('single file: index.html has no Content-Security-Policy meta tag');
  const strictCsp = allowInline(allowInline(csp, 'script-src', sha256(script)), 'style-src', sha256(css));

  let page = html.replace(cspTag, () => `<meta http-equiv="Content-Security-Policy" content="${strictCsp}">`);
  page = replaceOnce(page, /<script\b[^>]*\bsrc="app\.js"[^>]*><\/script>/, '<script type="module"></script>', 'script tag for app.js');
  page = replaceOnce(page, /<link\b[^>]*\bhref="styles\.css"[^>]*>/, '<style></style>', 'link to styles.css');
  page = replaceOnce(page, /<link\b[^>]*\brel="icon"[^>]*>/,
    `<link rel="icon" href="data:image/svg+xml;base64,${icon.toString('base64')}" type="image/svg+xml">`, 'icon link');
  // Installing and offline caching need a web server; from disk they do not apply.
  page = page.replace(/\s*<link\b[^>]*\brel="(manifest|apple-touch-icon)"[^>]*>/g, '');
  // The core and every chunk are inside the one script: nothing to fetch ahead.
  page = page.replace(/\s*<link\b[^>]*\brel="(preload|modulepreload)"[^>]*>/g, '');

  // Whatever still points at another file would fail from disk: refuse it here.
  const outside = [...page.matchAll(/\s(?:src|href)="(?!data:|#)([^"]*)"/g)].map((match) => match[1]);
  if (outside.length) throw new Error(`single file: index.html still refers to other files: ${outside.join(', ')}`);
  page = page.replace('<style></style>', () => `<style>${css}</style>`);
  page = page.replace('<script type="module"></script>', () => `<script type="module">${script}</script>`);

  await writeFile(out, page);
  return Buffer.byteLength(page);
}
