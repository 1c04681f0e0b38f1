/**
 * JSON Schemas of what the engine is given: a site profile and a fill input. scripts/gen-validator.ts
 * compiles them with ajv into validate-input.generated.js (pages and extension pages forbid eval),
 * as the interchange schema is; problems.ts turns ajv's errors into Thai problems.
 *
 * `thai` is an annotation (no validation): the message for a failed keyword of that node, where the
 * message is not made from the error itself (a list of allowed values, the value quoted).
 */
import { COMPETENCY_CODES, SET_IDS } from '../../shared/dictionary/types';
import { METHODS, PLAN_TEXTS } from '../../shared/interchange/types';
import { SHOWS_TEXT } from '../../shared/text/normalize';
import { CONTROL_KINDS, VALUE_KINDS } from './types';

/** The annotation keyword carrying a node's Thai messages, by failed keyword. */
export const MESSAGE_KEYWORD = 'thai';

type Node = Record<string, unknown>;

const OBJECT = { type: 'ต้องเป็นออบเจกต์' };
/** Text that shows something: spaces and zero-width characters alone are empty (cleanText). */
const text = (): Node => ({
  type: 'string',
  pattern: SHOWS_TEXT,
  [MESSAGE_KEYWORD]: { type: 'ต้องเป็นข้อความที่ไม่ว่าง', pattern: 'ต้องเป็นข้อความที่ไม่ว่าง' },
});

/** A site profile (types.ts SiteProfile). */
const profile = (): Node => ({
  type: 'object',
  [MESSAGE_KEYWORD]: OBJECT,
  required: ['version', 'site', 'fields'],
  additionalProperties: false,
  properties: {
    version: { enum: [1] },
    site: text(),
    name: text(),
    fields: {
      type: 'array',
      minItems: 1,
      [MESSAGE_KEYWORD]: {
        type: 'ต้องเป็นรายการช่องอย่างน้อย 1 ช่อง',
        minItems: 'ต้องเป็นรายการช่องอย่างน้อย 1 ช่อง',
      },
      items: {
        type: 'object',
        [MESSAGE_KEYWORD]: OBJECT,
        required: ['selector', 'competency', 'control'],
        additionalProperties: false,
        properties: {
          selector: text(),
          competency: { enum: [...COMPETENCY_CODES] },
          evaluatee: text(),
          control: { enum: [...CONTROL_KINDS] },
          valueKind: { enum: [...VALUE_KINDS] },
        },
      },
    },
    rows: {
      type: 'object',
      [MESSAGE_KEYWORD]: OBJECT,
      required: ['selector'],
      additionalProperties: false,
      properties: { selector: text(), personCell: text() },
    },
  },
});

export const PROFILE_SCHEMA: Node = { $id: 'profile', ...profile() };

/** CODE → level, as `competencies` (and `self`) hold them. */
const levels = (): Node => ({
  type: 'object',
  [MESSAGE_KEYWORD]: OBJECT,
  propertyNames: { enum: [...COMPETENCY_CODES] },
  additionalProperties: { type: 'integer' },
});

/** What `fill` takes (types.ts FillInput); other keys are left alone, as a person's other fields are. */
export const FILL_INPUT_SCHEMA: Node = {
  $id: 'input',
  type: 'object',
  [MESSAGE_KEYWORD]: OBJECT,
  required: ['people'],
  properties: {
    set: { enum: [...SET_IDS] },
    method: { enum: [...METHODS] },
    people: {
      type: 'array',
      [MESSAGE_KEYWORD]: { type: 'ต้องเป็นรายชื่อผู้รับการประเมิน' },
      items: {
        type: 'object',
        [MESSAGE_KEYWORD]: { ...OBJECT, anyOf: 'ต้องมีรหัส (id) หรือชื่อ (name)' },
        required: ['competencies'],
        anyOf: [
          { required: ['id'], properties: { id: { type: 'string' } } },
          { required: ['name'], properties: { name: { type: 'string' } } },
        ],
        properties: {
          competencies: levels(),
          // As the interchange carries them (docs/interchange.md): written beside the levels.
          self: levels(),
          evidence: {
            type: 'object',
            [MESSAGE_KEYWORD]: OBJECT,
            propertyNames: { enum: [...COMPETENCY_CODES] },
            additionalProperties: { type: 'string', [MESSAGE_KEYWORD]: { type: 'ต้องเป็นข้อความ' } },
          },
          plan: {
            type: 'array',
            [MESSAGE_KEYWORD]: { type: 'ต้องเป็นรายการแผนพัฒนา' },
            items: {
              type: 'object',
              [MESSAGE_KEYWORD]: OBJECT,
              required: ['competency'],
              properties: {
                competency: { enum: [...COMPETENCY_CODES] },
                ...Object.fromEntries(
                  PLAN_TEXTS.map((t) => [t, { type: 'string', [MESSAGE_KEYWORD]: { type: 'ต้องเป็นข้อความ' } }]),
                ),
              },
            },
          },
        },
      },
    },
    fillSelf: { type: 'boolean', [MESSAGE_KEYWORD]: { type: 'ต้องเป็น true หรือ false' } },
    profile: profile(),
  },
};
