import { CLASS_SUBCLASS_BY_CATEGORY } from './police-uk-categories.js';

/** The domain of a crime whose expected offence code is empty or maps to no category. */
export const UNKNOWN_GROUP = '(unknown)';

const BY_CODE = new Map<string, string>();
const BY_CLASS = new Map<string, Set<string>>();
for (const [category, codes] of Object.entries(CLASS_SUBCLASS_BY_CATEGORY)) {
  for (const code of codes.split(' ')) {
    BY_CODE.set(code, category);
    const cls = classOf(code);
    const set = BY_CLASS.get(cls) ?? new Set<string>();
    set.add(category);
    BY_CLASS.set(cls, set);
  }
}

/**
 * Open-data codes the class alone cannot place: their class spans several
 * police.uk categories (class 8 also holds weapons and public-order offences; 45
 * holds other theft) or is absent from the mapping. Placed by their offence group
 * in the Home Office open-data list (ONS crime-offence hierarchy 2017/18, as in
 * rules/codelists/offence-codes.yaml): "Violence against the person" and "Sexual
 * offences" → Violence and Sexual Offences; "Public order offences" → Public
 * Order; "Possession of weapons offences" → Possession of Weapons; "Miscellaneous
 * crimes against society" → Other Crime; 45's sub-group "Theft from a vehicle" →
 * Vehicle Crime. Fraud (51–55) has no police.uk category and stays unknown.
 */
const VSO = 'Violence and Sexual Offences';
const OPEN_DATA_BY_GROUP: Readonly<Record<string, string>> = {
  '8L': VSO,
  '8M': VSO,
  '8N': VSO,
  '8P': VSO,
  '8Q': VSO,
  '8R': VSO,
  '8S': VSO,
  '8U': VSO,
  '72': VSO,
  '106': VSO,
  '9A': 'Public Order',
  '9B': 'Public Order',
  '10A': 'Possession of Weapons',
  '10B': 'Possession of Weapons',
  '10C': 'Possession of Weapons',
  '10D': 'Possession of Weapons',
  '27': 'Other Crime',
  '96': 'Other Crime',
  '45': 'Vehicle Crime',
};

/**
 * The Police.uk category of an expected offence code (review.md), in either
 * notation: class/subclass (`8/67`, `2`) directly from the Home Office mapping;
 * the open-data `37.2` as `37/2`; any other open-data code (`105A`, `58C`) by
 * its class when every classification of that class maps to one category.
 */
export function offenceGroup(code: string): string {
  const c = code.trim().toUpperCase();
  if (c === '') return UNKNOWN_GROUP;
  const direct = BY_CODE.get(c) ?? BY_CODE.get(c.replace('.', '/'));
  if (direct) return direct;
  if (c.includes('/')) return UNKNOWN_GROUP;
  const fixed = OPEN_DATA_BY_GROUP[c];
  if (fixed) return fixed;
  const categories = BY_CLASS.get(classOf(c));
  return categories?.size === 1 ? [...categories][0]! : UNKNOWN_GROUP;
}

/** The class of a code: the number before `/`, else its leading digits (rules.md: 105A → 105, 4.1 → 4). */
function classOf(code: string): string {
  return /^\d+/.exec(code)?.[0] ?? '';
}
