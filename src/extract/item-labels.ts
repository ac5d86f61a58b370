/**
 * Label lines under an item: "牵头单位:A" / "责任单位:B、C" / "配合单位:D" / "责任领导:某某" / "完成时限:2019年6月底前",
 * each on a line of its own (or several on one line), in any order. Together they say who does the item above them
 * and by when, as the columns of a table row do.
 */

import { BARE_CO_LABEL, BARE_LEAD_LABEL, CO_LABEL, LEAD_LABEL, PERSON_LABEL, UNITS_LABEL, type UnitRole } from './role-labels.ts';

/** What a label says of the item: who leads it, who is responsible, who helps, a person in charge, or its time. */
export type LabelRole = UnitRole | 'person' | 'time';

export interface LabelField {
  role: LabelRole;
  /** The label's value in the normalised text, and where it starts there. */
  value: string;
  at: number;
}

/**
 * The labels, longest first where one opens another (牵头责任单位 before 牵头, 完成时限 before 时限): the unit labels of
 * role-labels.ts, a person in charge, and the item's time.
 */
const LEAD = `${LEAD_LABEL}|${BARE_LEAD_LABEL}`;
const CO = `${CO_LABEL}|${BARE_CO_LABEL}`;
/** The label of an item's time: 完成时限, 时间要求, 时间节点. */
export const TIME_LABEL = '(?:完成|办结|整改|工作)?(?:时限|时间|期限)(?:要求|节点)?|时间节点';

/** The colon after it chooses among labels one of which opens another (牵头 and 牵头负责领导). */
const LABEL = new RegExp(`(?:(${LEAD})|(${CO})|(${UNITS_LABEL})|(${PERSON_LABEL})|(${TIME_LABEL}))(?=:)`, 'y');
const ROLES: LabelRole[] = ['lead', 'co', 'units', 'person', 'time'];
const COLON = ':';

/** The label opening `text` at `at`, followed by its colon, with its role and the offset after the colon. */
function labelAt(text: string, at: number): { role: LabelRole; after: number } | null {
  LABEL.lastIndex = at;
  const m = LABEL.exec(text);
  if (!m) return null;
  const group = m.findIndex((g, k) => k > 0 && g !== undefined);
  return { role: ROLES[group - 1], after: at + m[0].length + 1 };
}

const LABEL_WHOLE = new RegExp(`^(?:${LEAD}|${CO}|${UNITS_LABEL}|${PERSON_LABEL}|${TIME_LABEL})$`);

/** Is `name` a label's own name (责任领导, 分管领导, 完成时限), which a line of labels opens with but which names no unit? */
export function isLabelName(name: string): boolean {
  return LABEL_WHOLE.test(name);
}

/** Marks that close a field's value before the next label: 。 ; , and an enumeration comma left at the end. */
const VALUE_END = /[。;,、]+$/;

/**
 * The fields of a line made of labels and their values only ("牵头单位:A。配合单位:B。完成时限:2019年6月底前。",
 * normalised, spaces gone), in order; null when the line holds anything else first. A label inside a value (the name
 * of a unit never holds a colon) starts the next field.
 */
export function labelFields(text: string): LabelField[] | null {
  let current = labelAt(text, 0);
  if (!current) return null;
  const fields: LabelField[] = [];
  let start = current.after;
  // No label opens after the last colon: the value there runs to the end.
  const lastColon = text.lastIndexOf(COLON);
  for (let i = start + 1; i <= text.length; i++) {
    const next = i < lastColon ? labelAt(text, i) : null;
    if (i < text.length && !next) continue;
    fields.push({ role: current.role, value: text.slice(start, i).replace(VALUE_END, ''), at: start });
    if (!next) break;
    current = next;
    start = next.after;
    i = start;
  }
  return fields;
}
