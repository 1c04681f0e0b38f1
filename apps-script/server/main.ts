/// <reference types="google-apps-script" />
/**
 * The add-on's entry points. scripts/build-apps-script.ts bundles this module and declares each
 * export below as a top-level function of the pushed file, which is how Apps Script finds them
 * (menu items, triggers and google.script.run calls from the sidebar).
 */
import type { SetId } from '../../shared/dictionary/types';
import { errorText } from '../../shared/problem';
import * as actions from './actions';
import * as evidence from './evidence';
import { SpreadsheetAppAdapter } from './spreadsheet-app';

const MENU_TITLE = 'เปิดแถบสมรรถนะ (Samatthana)';

/** Adds the add-on menu. Runs without authorization, so it touches nothing but the menu. */
export function onOpen(_e?: unknown): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem(MENU_TITLE, 'showSidebar')
    .addItem('ซ่อมแม่แบบคะแนน', 'repairFromMenu')
    .addToUi();
}

export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle('สมรรถนะ — แม่แบบคะแนน');
  SpreadsheetApp.getUi().showSidebar(html);
}

export function buildScoringTemplate(options: actions.BuildOptions): actions.BuildResult {
  return actions.buildScoringTemplate(new SpreadsheetAppAdapter(), options ?? {});
}

export function exportAssessment(): actions.ExportResult {
  return actions.exportAssessment(new SpreadsheetAppAdapter());
}

export function repairTemplate(): actions.RepairResult {
  return actions.repairTemplate(new SpreadsheetAppAdapter());
}

export function repairFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  try {
    ui.alert(actions.repairTemplate(new SpreadsheetAppAdapter()).message);
  } catch (e) {
    ui.alert(errorText(e));
  }
}

export function templateStatus(): actions.TemplateStatus {
  return actions.templateStatus(new SpreadsheetAppAdapter());
}

export function lookupIndicators(query: string, set?: SetId) {
  return actions.lookupIndicators(query, set);
}

export function selectedEvidence(): evidence.SelectedEvidence {
  return evidence.selectedEvidence(new SpreadsheetAppAdapter());
}

export function writeEvidence(w: evidence.EvidenceWrite): { written: number } {
  return evidence.writeEvidence(new SpreadsheetAppAdapter(), w);
}
