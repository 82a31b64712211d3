/**
 * Rewrites a JavaScript (Unicode-mode) pattern, already accepted by the native
 * parser, into RE2 syntax where the two spell the same thing differently, so
 * the contract of docs/rule-language.md holds as written: a valid JavaScript
 * pattern runs, or is refused with a message that says why.
 *  - `\p{Script=Greek}`, `\p{sc=Greek}` → `\p{Greek}`;
 *  - `\p{General_Category=Letter}`, `\p{gc=L}`, `\p{Letter}` → `\p{L}`;
 *  - `[\b]` (a backspace inside a class) → `\x08`.
 * What RE2 cannot do (script extensions, binary properties such as
 * `\p{Alphabetic}`) comes back as `unsupported`.
 */
const GENERAL_CATEGORIES: Record<string, string> = {
  Letter: 'L', Uppercase_Letter: 'Lu', Lowercase_Letter: 'Ll', Titlecase_Letter: 'Lt', Modifier_Letter: 'Lm', Other_Letter: 'Lo',
  Mark: 'M', Nonspacing_Mark: 'Mn', Spacing_Mark: 'Mc', Enclosing_Mark: 'Me',
  Number: 'N', Decimal_Number: 'Nd', Letter_Number: 'Nl', Other_Number: 'No',
  Punctuation: 'P', Connector_Punctuation: 'Pc', Dash_Punctuation: 'Pd', Open_Punctuation: 'Ps', Close_Punctuation: 'Pe',
  Initial_Punctuation: 'Pi', Final_Punctuation: 'Pf', Other_Punctuation: 'Po',
  Symbol: 'S', Math_Symbol: 'Sm', Currency_Symbol: 'Sc', Modifier_Symbol: 'Sk', Other_Symbol: 'So',
  Separator: 'Z', Space_Separator: 'Zs', Line_Separator: 'Zl', Paragraph_Separator: 'Zp',
  Other: 'C', Control: 'Cc', Format: 'Cf', Surrogate: 'Cs', Private_Use: 'Co', Unassigned: 'Cn',
};
const SHORT_CATEGORIES = new Set(Object.values(GENERAL_CATEGORIES));

export type Translation = { ok: true; pattern: string } | { ok: false; unsupported: string };

export function jsToRe2(pattern: string): Translation {
  let out = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i + 3);
        const body = pattern.slice(i + 3, end);
        const property = re2Property(body);
        if (property === undefined) return { ok: false, unsupported: `the Unicode property \\${next}{${body}}` };
        out += `\\${next}{${property}}`;
        i = end;
        continue;
      }
      if (inClass && next === 'b') {
        out += '\\x08';
        i++;
        continue;
      }
      out += c + next;
      i++;
      continue;
    }
    if (inClass && c === ']') inClass = false;
    else if (!inClass && c === '[') inClass = true;
    out += c;
  }
  return { ok: true, pattern: out };
}

/** The RE2 name of a JavaScript property expression, or undefined when RE2 has no equivalent. */
function re2Property(body: string): string | undefined {
  const eq = body.indexOf('=');
  if (eq === -1) {
    if (SHORT_CATEGORIES.has(body)) return body;
    if (GENERAL_CATEGORIES[body]) return GENERAL_CATEGORIES[body];
    // A lone name is a general category or a binary property in JavaScript; RE2 knows
    // scripts by name, so only names that are not binary properties pass (checked by RE2 itself).
    return BINARY_PROPERTIES.has(body) ? undefined : body;
  }
  const name = body.slice(0, eq);
  const value = body.slice(eq + 1);
  if (name === 'Script' || name === 'sc') return value;
  if (name === 'General_Category' || name === 'gc') return GENERAL_CATEGORIES[value] ?? (SHORT_CATEGORIES.has(value) ? value : undefined);
  return undefined; // Script_Extensions / scx: RE2 has none
}

/** JavaScript's binary Unicode properties (ECMA-262, table "Binary Unicode property aliases"): RE2 has none of them. */
const BINARY_PROPERTIES = new Set([
  'ASCII', 'ASCII_Hex_Digit', 'AHex', 'Alphabetic', 'Alpha', 'Any', 'Assigned', 'Bidi_Control', 'Bidi_C', 'Bidi_Mirrored', 'Bidi_M',
  'Case_Ignorable', 'CI', 'Cased', 'Changes_When_Casefolded', 'CWCF', 'Changes_When_Casemapped', 'CWCM', 'Changes_When_Lowercased', 'CWL',
  'Changes_When_NFKC_Casefolded', 'CWKCF', 'Changes_When_Titlecased', 'CWT', 'Changes_When_Uppercased', 'CWU', 'Dash', 'Default_Ignorable_Code_Point',
  'DI', 'Deprecated', 'Dep', 'Diacritic', 'Dia', 'Emoji', 'Emoji_Component', 'EComp', 'Emoji_Modifier', 'EMod', 'Emoji_Modifier_Base', 'EBase',
  'Emoji_Presentation', 'EPres', 'Extended_Pictographic', 'ExtPict', 'Extender', 'Ext', 'Grapheme_Base', 'Gr_Base', 'Grapheme_Extend', 'Gr_Ext',
  'Hex_Digit', 'Hex', 'IDS_Binary_Operator', 'IDSB', 'IDS_Trinary_Operator', 'IDST', 'ID_Continue', 'IDC', 'ID_Start', 'IDS', 'Ideographic', 'Ideo',
  'Join_Control', 'Join_C', 'Logical_Order_Exception', 'LOE', 'Lowercase', 'Lower', 'Math', 'Noncharacter_Code_Point', 'NChar', 'Pattern_Syntax',
  'Pat_Syn', 'Pattern_White_Space', 'Pat_WS', 'Quotation_Mark', 'QMark', 'Radical', 'Regional_Indicator', 'RI', 'Sentence_Terminal', 'STerm',
  'Soft_Dotted', 'SD', 'Terminal_Punctuation', 'Term', 'Unified_Ideograph', 'UIdeo', 'Uppercase', 'Upper', 'Variation_Selector', 'VS',
  'White_Space', 'space', 'XID_Continue', 'XIDC', 'XID_Start', 'XIDS',
]);
