import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { ENGINE_OUT, ensureEngine } from './scripts/build-engine';
import { preactWithoutInnerHtml } from './scripts/preact-without-inner-html';

/**
 * The samatthana browser extension: a side panel (Chrome) / sidebar (Firefox) and a fill engine
 * injected on demand. Least privilege: no host permission until the user allows a site.
 */
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  // `npm run zip`: .output/samatthana-VERSION-chrome.zip and -firefox.zip, the packages a user
  // installs. No sources archive (that is for submitting to addons.mozilla.org, which we do not).
  zip: { zipSources: false },
  // No modulepreload polyfill: it would fetch() the panel's own chunks; extension pages need none.
  // Preact without its innerHTML path (scripts/preact-without-inner-html.ts).
  vite: () => ({
    plugins: [preact(), preactWithoutInnerHtml()],
    build: { modulePreload: { polyfill: false } },
  }),
  // The page side is the very engine `npm run build:engine` makes (dist/fill-engine.js): built here
  // when missing or stale, so `wxt build` alone works on a fresh clone, and copied in as is.
  hooks: {
    'build:publicAssets': async (_wxt, files) => {
      await ensureEngine();
      files.push({ absoluteSrc: ENGINE_OUT, relativeDest: 'fill-engine.js' });
    },
  },
  manifest: ({ browser, manifestVersion }) => {
    const sites = ['http://*/*', 'https://*/*'];
    return {
      name: 'สมรรถนะ (samatthana)',
      description: 'ค้นหาพฤติกรรมบ่งชี้ของสมรรถนะหลัก จัดทำแบบประเมิน และเติมแบบฟอร์มประเมินในหน้าเว็บ',
      permissions: [
        'storage',
        'activeTab',
        'scripting',
        ...(browser === 'firefox' || manifestVersion === 2 ? [] : ['sidePanel']),
      ],
      // MV2 has no optional_host_permissions: host patterns go in optional_permissions there.
      ...(manifestVersion === 3 ? { optional_host_permissions: sites } : { optional_permissions: sites }),
      action: { default_title: 'เปิดแผงสมรรถนะ' },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              // Firefox's built-in data consent (desktop 140, the current ESR; Android 142): the
              // extension collects and sends nothing. Older releases would ignore the declaration.
              gecko: {
                id: 'samatthana@samatthana.extension',
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['none'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : {}),
    };
  },
});
