// Per-browser manifests from the shared template (manifest.json at the repository root).

const GECKO_ID = 'dossier@dossier.example';

/**
 * Chromium: service-worker background, side panel, and `offscreen` for the document hosting the
 * linker Worker (a service worker cannot start one); 121+ for the Custom Highlight API as used.
 */
export function chromeManifest(template, version) {
  return {
    ...template,
    version,
    minimum_chrome_version: '121',
    background: { service_worker: 'background.js' },
    side_panel: { default_path: 'ui/sidepanel.html' },
    permissions: [...template.permissions, 'sidePanel', 'offscreen'],
  };
}

/** Firefox: event-page background scripts, sidebar, gecko id and data-collection declaration. */
export function firefoxManifest(template, version) {
  return {
    ...template,
    version,
    background: { scripts: ['background.js'] },
    sidebar_action: {
      default_panel: 'ui/sidepanel.html',
      default_title: '__MSG_sidePanelTitle__',
      default_icon: template.action.default_icon,
    },
    browser_specific_settings: {
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    },
  };
}

/** Every package file a manifest names (scripts, pages, icons, web-accessible resources). */
export function referencedFiles(manifest) {
  const files = [
    manifest.background?.service_worker, ...(manifest.background?.scripts ?? []),
    ...manifest.content_scripts.flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    manifest.action?.default_popup, manifest.options_ui?.page,
    manifest.side_panel?.default_path, manifest.sidebar_action?.default_panel,
    ...Object.values(manifest.icons ?? {}), ...Object.values(manifest.action?.default_icon ?? {}),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources),
    `_locales/${manifest.default_locale}/messages.json`,
  ];
  return [...new Set(files.filter(Boolean))];
}
