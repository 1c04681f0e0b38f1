/** Runs axe-core inside a page (injected from node_modules, nothing fetched) and returns its violations. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './server';

/** axe-core's source, evaluated in the page first. */
export const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs in the page once AXE is there. */
export async function runAxe(): Promise<AxeViolation[]> {
  const axe = (
    globalThis as unknown as {
      axe: {
        run(
          ctx: Document,
          opts: object,
        ): Promise<{
          violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
        }>;
      };
    }
  ).axe;
  const r = await axe.run(document, { resultTypes: ['violations'] });
  return r.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}

export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Extension pages forbid inline scripts; evaluating the source through the debugger is allowed.
  await page.evaluate(AXE);
  return page.evaluate(runAxe);
}
