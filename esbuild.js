// Builds the extension (Node and browser bundles), the command line and, with
// --tests, the unit tests, integration tests and benchmarks.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Reports errors in the form VS Code's esbuild problem matcher reads. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => {
      if (watch) console.log('[watch] build started');
    });
    build.onEnd((result) => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) console.error(`    ${location.file}:${location.line}:${location.column}:`);
      }
      if (watch) console.log('[watch] build finished');
    });
  },
};

/**
 * The browser bundle runs in a web worker: any Node built-in reaching it is a
 * bug, so resolving one fails the build with the importer named.
 */
const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    const builtins = new Set(require('node:module').builtinModules);
    build.onResolve({ filter: /.*/ }, (args) => {
      const bare = args.path.replace(/^node:/, '').split('/')[0];
      if (args.path.startsWith('node:') || builtins.has(bare)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer} cannot run in the browser bundle` }] };
      }
      return undefined;
    });
  },
};

/**
 * Every module of the extension reads the one `vscode` namespace: imported
 * as is, each module's `import * as vscode` copies the API's hundreds of
 * properties into a namespace of its own as the bundle loads (some 30
 * copies, a millisecond or so each on a busy machine), before activate()
 * even runs.
 */
const oneVscodeNamespace = {
  name: 'one-vscode-namespace',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, (args) => (args.namespace === 'vscode-namespace' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-namespace' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-namespace' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const common = {
  bundle: true,
  format: 'cjs',
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  loader: { '.md': 'text' },
  logLevel: 'silent',
  plugins: [problemMatcher],
};

function list(dir, suffix) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true })
    .filter((f) => f.endsWith(suffix))
    .map((f) => path.join(dir, f));
}

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', target: 'node20', external: ['vscode'], plugins: [problemMatcher, oneVscodeNamespace] },
  {
    ...common,
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    target: 'es2022',
    external: ['vscode'],
    plugins: [problemMatcher, oneVscodeNamespace, noNodeBuiltins],
  },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', platform: 'node', target: 'node20' },
];

if (tests) {
  builds.push(
    { ...common, entryPoints: list('test/unit', '.test.ts'), outdir: 'out/test/unit', outbase: 'test/unit', platform: 'node', target: 'node20', external: ['mocha', 'esbuild', 'typescript', '@myriaddreamin/typst-ts-node-compiler'], minify: false, sourcemap: true },
    { ...common, entryPoints: list('test/integration', '.ts'), outdir: 'out/test/integration', outbase: 'test/integration', platform: 'node', target: 'node20', external: ['vscode', 'mocha'], minify: false, sourcemap: true },
    { ...common, entryPoints: list('bench', '.ts'), outdir: 'out/bench', outbase: 'bench', platform: 'node', target: 'node20', minify: false },
  );

  // The integration suite once more, for the web worker extension host
  // (scripts/test-integration.mjs --host web): one browser bundle whose entry
  // is generated here, listing every test file, with mocha's browser build.
  // Node's assert maps to a small stand-in; any other Node built-in makes
  // its test file skip in the web run, named, instead of failing this build.
  const webTestFiles = list('test/integration', '.test.ts');
  const webTests = {
    name: 'web-tests',
    setup(build) {
      const builtins = new Set(require('node:module').builtinModules);
      build.onResolve({ filter: /^web-tests-entry$/ }, () => ({ path: 'web-tests-entry', namespace: 'web-tests' }));
      build.onLoad({ filter: /.*/, namespace: 'web-tests' }, () => ({
        resolveDir: __dirname,
        loader: 'js',
        contents: `const { runSuites } = require('./test/web/index.ts');\nexports.run = () => runSuites([\n${webTestFiles
          .map((f) => `  { file: ${JSON.stringify(path.basename(f))}, load: () => require(${JSON.stringify(`./${f.split(path.sep).join('/')}`)}) },`)
          .join('\n')}\n]);\n`,
      }));
      build.onResolve({ filter: /.*/ }, (args) => {
        const bare = args.path.replace(/^node:/, '');
        if (!args.path.startsWith('node:') && !builtins.has(bare.split('/')[0])) return undefined;
        if (bare === 'assert' || bare === 'assert/strict') return { path: path.join(__dirname, 'test/web/assert.ts') };
        return { path: bare, namespace: 'node-only' };
      });
      build.onLoad({ filter: /.*/, namespace: 'node-only' }, (args) => ({
        loader: 'js',
        contents: `const error = new Error(${JSON.stringify(`needs the Node built-in "${args.path}"`)}); error.name = 'NodeOnlyModule'; throw error;`,
      }));
    },
  };
  builds.push({
    ...common, entryPoints: ['web-tests-entry'], outfile: 'out/test/web/index.js', platform: 'browser', target: 'es2022',
    external: ['vscode'], minify: false, sourcemap: true, plugins: [problemMatcher, webTests],
  });
}

async function main() {
  const contexts = await Promise.all(builds.filter((b) => (b.entryPoints ?? []).length > 0).map((b) => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  let failed = false;
  for (const ctx of contexts) {
    try {
      await ctx.rebuild();
    } catch {
      failed = true;
    }
    await ctx.dispose();
  }
  if (failed) process.exit(1);
}

module.exports = { noNodeBuiltins };

if (require.main === module) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
