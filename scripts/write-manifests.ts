/**
 * One manifest source, two builds: the Vite output in dist/chrome is copied to dist/firefox, and each
 * gets the manifest its browser wants (Chrome: background.service_worker; Firefox: background.scripts + gecko id).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const chromeDir = resolve(root, 'dist/chrome');
const firefoxDir = resolve(root, 'dist/firefox');

const { service_worker, scripts, type } = source.background;
const { browser_specific_settings, ...common } = source;

const chrome = { ...common, background: { service_worker, type } };
const firefox = { ...common, background: { scripts, type }, browser_specific_settings };

writeFileSync(resolve(chromeDir, 'manifest.json'), `${JSON.stringify(chrome, null, 2)}\n`);
rmSync(firefoxDir, { recursive: true, force: true });
cpSync(chromeDir, firefoxDir, { recursive: true });
writeFileSync(resolve(firefoxDir, 'manifest.json'), `${JSON.stringify(firefox, null, 2)}\n`);
console.log('wrote dist/chrome and dist/firefox');
