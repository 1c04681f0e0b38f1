import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The samatthana browser extension: a side panel (Chrome) / sidebar (Firefox) and a fill engine
 * injected on demand. Least privilege: no host permission until the user allows a site.
 */
export default defineConfig({
  srcDir: 'extension',
  publicDir: 'extension/public',
  imports: false,
  // No modulepreload polyfill: it would fetch() the panel's own chunks; extension pages need none.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser, manifestVersion }) => {
    const sites = ['http://*/*', 'https://*/*'];
    return {
      name: 'สมรรถนะ (samatthana)',
      description: 'ค้นหาตัวชี้วัดสมรรถนะหลัก จัดทำแบบประเมิน และเติมแบบฟอร์มประเมินในหน้าเว็บ',
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
              gecko: { id: 'samatthana@samatthana.extension', strict_min_version: '115.0' },
            },
          }
        : {}),
    };
  },
});
