/**
 * Which controls the engine may fill, the one rule for automatic matching, for site profiles at
 * fill time, and for teach mode when the user picks a control: a radio, checkbox, single select, or
 * a text or number box (and, found automatically, a text area for evidence or a plan text), neither
 * disabled (also by a disabled fieldset) nor read-only. Teach mode also says why a control is not one.
 */
import { ANY_KINDS, isInput, isOperable, isSelect, isTextArea, type Kinds, Labels } from './dom';
import { INPUT_TYPES } from './rules';
import { CONTROL_KINDS, type ControlKind, type FieldControl } from './types';

/** Inside a disabled fieldset (and not in its first legend), a control is disabled too. */
function inDisabledFieldset(el: Element): boolean {
  for (
    let fs = el.closest('fieldset[disabled]');
    fs;
    fs = fs.parentElement?.closest('fieldset[disabled]') ?? null
  ) {
    if (!fs.querySelector(':scope > legend')?.contains(el)) return true;
  }
  return false;
}

/** Why a control cannot be filled. */
type Refusal = 'not-a-control' | 'disabled' | 'read-only' | 'multiple' | 'search' | 'type';

function fillability(el: Element, kinds: Readonly<Kinds> = ANY_KINDS): FieldControl | Refusal {
  if (!(isInput(el) || isSelect(el) || isTextArea(el))) return 'not-a-control';
  if (el.disabled || (kinds.fieldset && inDisabledFieldset(el))) return 'disabled';
  if (isTextArea(el)) return el.readOnly ? 'read-only' : 'textarea';
  if (isSelect(el)) return el.multiple ? 'multiple' : 'select';
  if (el.readOnly) return 'read-only';
  const type = (el.getAttribute('type') ?? '').toLowerCase();
  if (!INPUT_TYPES.includes(type)) return type === 'search' ? 'search' : 'type';
  if (type === 'radio' || type === 'checkbox') return type;
  return 'text';
}

/**
 * The kind of control an element is, when it can hold a level, points or a text, and may be changed
 * (`kinds`: whether its document holds a fieldset at all).
 */
export function fillableKind(el: Element, kinds?: Readonly<Kinds>): FieldControl | null {
  const f = fillability(el, kinds);
  return f === 'textarea' || (CONTROL_KINDS as readonly string[]).includes(f) ? (f as FieldControl) : null;
}

const REFUSED: Record<Refusal | 'textarea' | 'hidden', string> = {
  'not-a-control': 'ไม่ใช่ช่องกรอกข้อมูล',
  disabled: 'ช่องนี้ถูกปิดไว้ แก้ไขไม่ได้',
  'read-only': 'ช่องนี้เป็นแบบอ่านอย่างเดียว แก้ไขไม่ได้',
  multiple: 'รายการนี้เลือกได้หลายค่า จึงใช้บันทึกระดับไม่ได้',
  search: 'ช่องค้นหาไม่ใช่ช่องคำตอบของแบบประเมิน',
  type: 'ช่องชนิดนี้ใช้กรอกระดับหรือคะแนนไม่ได้',
  // Profiles map level and points controls only; the engine finds evidence boxes by itself.
  textarea: 'ช่องข้อความยาว (เช่น หลักฐานหรือเหตุการณ์) บันทึกในโปรไฟล์ไม่ได้ โปรไฟล์บันทึกได้เฉพาะช่องระดับหรือคะแนน',
  hidden: 'ช่องนี้ถูกซ่อนอยู่',
};

/**
 * Whether a site profile may map a control, and as which kind; else why not, in Thai. The same
 * rule as at fill time: a control the engine would refuse there is refused when it is picked.
 */
export function mappableControl(el: Element): { control: ControlKind } | { reason: string } {
  const f = fillability(el);
  if (f === 'textarea' || !(CONTROL_KINDS as readonly string[]).includes(f))
    return { reason: REFUSED[f as Refusal | 'textarea'] };
  if (!isOperable(el as HTMLInputElement, new Labels().of(el))) return { reason: REFUSED.hidden };
  return { control: f as ControlKind };
}
