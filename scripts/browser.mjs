// What the launchers that drive the workbench in headless Chromium share:
// the browser's flags and how to tell the extension's console errors from the
// workbench's noise (see ../../shared/TESTING.md).

export const CHROMIUM_ARGS = [
  '--no-sandbox', // root on CI
  '--disable-gpu',
  // Without these Chromium keeps trying to reach Google's hosts, which this network refuses.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// Browser console lines from the workbench that say nothing about the
// extension: this machine has no network, so anything reaching out fails.
export const NOISE = [
  /marketplace|gallery|open-vsx|vscode-unpkg|update\.code\.visualstudio/i,
  /telemetry/i,
  /ERR_(NAME_NOT_RESOLVED|CONNECTION_REFUSED|INTERNET_DISCONNECTED|NETWORK_CHANGED|ADDRESS_UNREACHABLE|TUNNEL_CONNECTION_FAILED|PROXY_CONNECTION_FAILED)/,
  /Failed to load resource/i,
  /favicon/i,
  // The suite's own "N integration test(s) failed", already reported with the results.
  /integration test\(s\) failed/,
];

// Errors worth showing: those naming the extension, its bundles or its commands.
// (Not just "cpc-relations": the temporary folders carry that name too.)
export const MENTIONS_EXTENSION = /cpc-relations\.cpc-relations|dist\/(web\/)?extension\.js|cpcRelations\./;

// A fresh profile that starts quietly and looks the same on every machine.
export const QUIET_USER_SETTINGS = {
  'workbench.colorTheme': 'Default Dark Modern',
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'editor.minimap.enabled': false,
  // Sticky headings would cover the top lines of the reader in the picture.
  'editor.stickyScroll.enabled': false,
  'window.commandCenter': false,
};
