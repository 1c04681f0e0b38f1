/**
 * Every fill of a page, undoable in order: a stack per tab and page (its address without the
 * fragment). Kept for the panel's lifetime, so switching views or tabs and coming back keeps it. A
 * fill that changed nothing is not pushed: it must not hide the undo of one that did.
 */
import type { TabFill } from './page-bridge';
import type { TargetTab } from './target-tab';

/** The page a fill belongs to: the tab and its address without the fragment. */
export function pageKey(target: Pick<TargetTab, 'id' | 'url'> | null): string | null {
  if (!target) return null;
  return `${target.id}|${(target.url ?? '').replace(/#.*$/, '')}`;
}

export class UndoStacks {
  readonly #stacks = new Map<string, TabFill[]>();

  /** Records a fill; false (nothing recorded) when it changed nothing. */
  push(key: string, fill: TabFill): boolean {
    if (fill.report.undo.length === 0) return false;
    this.#stacks.set(key, [...(this.#stacks.get(key) ?? []), fill]);
    return true;
  }

  /** The newest fill of the page, still to undo. */
  peek(key: string | null): TabFill | undefined {
    return key ? this.#stacks.get(key)?.at(-1) : undefined;
  }

  pop(key: string | null): TabFill | undefined {
    const stack = key ? this.#stacks.get(key) : undefined;
    return stack?.pop();
  }

  size(key: string | null): number {
    return key ? (this.#stacks.get(key)?.length ?? 0) : 0;
  }
}

/** The panel's stacks. */
export const undoStacks = new UndoStacks();
