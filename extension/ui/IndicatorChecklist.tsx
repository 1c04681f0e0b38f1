/**
 * The indicators to tick for a competency, one fieldset per level (shared/dictionary/indicators.ts
 * decides which and which are ticked). Used by the side panel's editor and by the Sheets sidebar,
 * so both show the same checklist; it depends on nothing but shared/ and Preact.
 */
import type { ChecklistLevel } from '../../shared/dictionary/indicators';

export function IndicatorChecklist({
  levels,
  onToggle,
}: {
  levels: ChecklistLevel[];
  onToggle: (indicator: string, on: boolean) => void;
}) {
  return (
    <>
      {levels.map((l) => (
        <fieldset key={l.level} class="indicator-level">
          <legend>
            ระดับ {l.level} {l.title}
          </legend>
          {l.items.map((i) => (
            <label key={i.text} class="check">
              <input
                type="checkbox"
                checked={i.ticked}
                onChange={(e) => onToggle(i.text, e.currentTarget.checked)}
              />
              <span>{i.text}</span>
            </label>
          ))}
        </fieldset>
      ))}
    </>
  );
}
