import { CANONICAL_FIELDS, type CanonicalField } from '../../model/record.js';
import type { FieldSource, LoadedProfile } from './types.js';

/** Header -> source map where every canonical field is read from the column of its own name. */
export function identityColumns(): Map<string, FieldSource[]> {
  return new Map(CANONICAL_FIELDS.map((field: CanonicalField) => [field, [{ field, header: field }]]));
}

/** The default profile: the spec's own headers (record.md). */
export function canonicalProfile(): LoadedProfile {
  return {
    name: 'canonical',
    path: null,
    sha256: null,
    defaultRules: ['rules/ncrs', 'rules/local/west-yorkshire.yaml'],
    mapping: { columns: identityColumns(), values: new Map(), dateFormat: 'auto', keepMappedInExtra: false },
  };
}
