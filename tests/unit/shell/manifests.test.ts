import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM build helper without type declarations
import { chromeManifest, firefoxManifest, referencedFiles } from '../../../scripts/lib/manifests.mjs';

const template = JSON.parse(fs.readFileSync(new URL('../../../manifest.json', import.meta.url), 'utf8'));

describe('per-browser manifests', () => {
  it('Chromium gets a service worker, the side panel and a Highlight-API-capable minimum version', () => {
    const m = chromeManifest(template, '1.2.3');
    expect(m.version).toBe('1.2.3');
    expect(m.background).toEqual({ service_worker: 'background.js' });
    expect(m.side_panel.default_path).toBe('ui/sidepanel.html');
    expect(m.permissions).toContain('sidePanel');
    expect(m.permissions).toContain('offscreen');
    expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(121);
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox gets background scripts, a sidebar and the gecko settings AMO requires', () => {
    const m = firefoxManifest(template, '1.2.3');
    expect(m.background).toEqual({ scripts: ['background.js'] });
    expect(m.sidebar_action.default_panel).toBe('ui/sidepanel.html');
    expect(m.permissions).not.toContain('sidePanel');
    expect(m.permissions).not.toContain('offscreen');
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'dossier@dossier.example', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] },
    });
  });

  it('both run the content script everywhere on the web, in all frames, with a strict page CSP', () => {
    for (const m of [chromeManifest(template, '1'), firefoxManifest(template, '1')]) {
      expect(m.content_scripts[0]).toMatchObject({ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle', all_frames: true });
      expect(m.content_security_policy.extension_pages).toBe("script-src 'self'; object-src 'self'");
    }
  });

  it('lists every file a manifest names, so the build can refuse a dangling one', () => {
    const files = referencedFiles(firefoxManifest(template, '1'));
    expect(files).toEqual(expect.arrayContaining(['background.js', 'content.js', 'ui/popup.html', 'ui/options.html', 'ui/sidepanel.html', 'icons/icon-128.png', '_locales/en/messages.json']));
    expect(new Set(files).size).toBe(files.length);
  });
});
