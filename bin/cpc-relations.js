#!/usr/bin/env node
const path = require('node:path');
const fs = require('node:fs');

const cli = path.join(__dirname, '..', 'dist', 'cli.js');
if (!fs.existsSync(cli)) {
  console.error('cpc-relations: the command line is not built yet. Run "npm install" (or "npm run build") in the project folder first.');
  process.exit(1);
}
require(cli);
