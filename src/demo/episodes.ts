import { CANONICAL_FIELDS, type CanonicalField } from '../model/record.js';
import { formatLondon, londonDay, type DateStyle } from './london-format.js';
import type { Rand } from './rand.js';
import {
  CANCELLATION_CODES,
  CANCELLATION_RATIONALES,
  CLOSURE_RATIONALES,
  DISTRICTS,
  N100_RATIONALES,
  NON_CRIME_CLOSURES,
  OFFENCES,
  OUTCOMES,
  UNKNOWN_OFFENCES,
  UNKNOWN_OUTCOMES,
} from './vocabulary.js';

export type Row = Partial<Record<CanonicalField, string>>;

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * Probabilities of the recording problems the shipped rules look for. Tuned so
 * that about 5% of records fail at least one rule and every rule has failures.
 */
const FAULT = {
  lateRecording: 0.025, // NCRS-001
  unknownOffence: 0.01, // HOCR-004
  missingField: 0.004, // DQ-001
  timeTravel: 0.004, // DQ-003
  duplicateId: 0.004, // DQ-002
  doubleRecord: 0.008, // NCRS-005
  noRationale: 0.07, // NCRS-002 (of crime-related incidents closed without a crime)
  crimeClosureNoCrime: 0.025, // NCRS-003
  n100Unresolved: 0.08, // NCRS-004
  badCancellationCode: 0.08, // HOCR-001
  badAuthority: 0.1, // HOCR-002
  noCancellationRationale: 0.06, // HOCR-003
  unknownOutcome: 0.02, // HOCR-005
  noOutcomeDate: 0.02, // HOCR-006
  noCseFlag: 0.2, // WY-001 (of child victims of sexual offences)
};

/** Builds the rows of one "episode": an incident and what came of it. Holds the month's counters. */
export class EpisodeMaker {
  private crimeSeq = 100_000;
  private n100Seq = 1_000;
  private readonly incidentSeq = new Map<string, number>();
  private readonly recentVictims: { id: string; age: string }[] = [];
  private readonly recentIds: string[] = [];
  private readonly yy: string;

  constructor(
    private readonly rand: Rand,
    year: number,
  ) {
    this.yy = String(year % 100).padStart(2, '0');
  }

  make(reported: number): Row[] {
    const r = this.rand;
    const district = r.weighted(DISTRICTS);
    const roll = r.float();
    if (roll < 0.03) return this.rapeReport(reported, district);
    if (roll < 0.15) return this.crimes(reported, district, undefined); // reported online or at a front desk
    return this.incident(reported, district);
  }

  private incident(reported: number, district: string): Row[] {
    const r = this.rand;
    const id = this.incidentId(reported);
    const closed = reported + r.int(20, 60 * 60) * MIN;
    const row: Row = { record_id: id, record_type: 'incident', reported_at: this.date(reported), district };
    row.closed_at = r.chance(FAULT.timeTravel) ? this.date(reported - r.int(1, 48) * HOUR) : this.date(closed);
    if (r.chance(FAULT.missingField)) row.district = '';
    const crimeRelated = r.chance(0.55);
    row.crime_related = r.chance(0.9) ? String(crimeRelated) : r.pick(crimeRelated ? ['Y', 'yes', 'TRUE'] : ['N', 'no', 'FALSE']);
    if (crimeRelated && r.chance(0.72)) {
      row.closure_code = r.chance(0.95) ? 'CRIME' : 'crime';
      if (r.chance(FAULT.crimeClosureNoCrime)) return [row];
      return [row, ...this.crimes(reported, district, id)];
    }
    row.closure_code = r.pick(NON_CRIME_CLOSURES);
    if (!(crimeRelated && r.chance(FAULT.noRationale)) && r.chance(crimeRelated ? 1 : 0.8)) {
      row.closure_rationale = r.pick(CLOSURE_RATIONALES);
    }
    return [row];
  }

  private rapeReport(reported: number, district: string): Row[] {
    const r = this.rand;
    const incidentId = this.incidentId(reported);
    const incident: Row = {
      record_id: incidentId,
      record_type: 'incident',
      reported_at: this.date(reported),
      closed_at: this.date(reported + r.int(2, 30) * HOUR),
      district,
      crime_related: 'true',
      closure_code: 'CRIME',
    };
    const victim = this.victim(r.int(16, 60));
    const n100: Row = {
      record_id: `N100/${String(this.n100Seq++).padStart(5, '0')}/${this.yy}`,
      record_type: 'n100',
      incident_id: incidentId,
      reported_at: this.date(reported),
      recorded_at: this.date(reported + r.int(10, 300) * MIN),
      closed_at: this.date(reported + r.int(1, 5) * 24 * HOUR),
      district,
      victim_id: victim.id,
      victim_age: victim.age,
    };
    if (r.chance(0.7)) {
      n100.closure_code = 'CRIME';
      return [incident, n100, ...this.crimes(reported, district, incidentId, '19C', victim)];
    }
    incident.closure_code = 'NCR';
    n100.closure_code = 'NCR';
    if (!r.chance(FAULT.n100Unresolved)) n100.closure_rationale = r.pick(N100_RATIONALES);
    return [incident, n100];
  }

  /** One crime, sometimes followed by a second record of the same crime for the same victim. */
  private crimes(reported: number, district: string, incidentId?: string, code?: string, victim?: { id: string; age: string }): Row[] {
    const r = this.rand;
    const first = this.crime(reported, district, incidentId, code, victim);
    if (!r.chance(FAULT.doubleRecord) || first.status !== 'recorded' || !first.victim_id) return [first];
    const again = this.crime(reported + r.int(20, 600) * MIN, district, incidentId, first.offence_code, {
      id: first.victim_id,
      age: first.victim_age ?? '',
    });
    return [first, again];
  }

  private crime(reported: number, district: string, incidentId?: string, code?: string, knownVictim?: { id: string; age: string }): Row {
    const r = this.rand;
    const offence = code ? { code, sexual: true } : r.weighted(OFFENCES);
    const delay = r.chance(FAULT.lateRecording)
      ? r.int(25 * 60, 10 * 24 * 60)
      : r.chance(0.85) ? r.int(5, 8 * 60) : r.int(8 * 60, 23 * 60 + 59);
    const recorded = reported + delay * MIN;
    const victim = knownVictim ?? this.victim(offence.sexual && r.chance(0.4) ? r.int(5, 17) : r.int(16, 85));
    const row: Row = {
      record_id: this.crimeId(),
      record_type: 'crime',
      incident_id: incidentId ?? '',
      reported_at: this.date(reported),
      recorded_at: r.chance(FAULT.timeTravel) ? this.date(reported - r.int(1, 12) * HOUR) : this.date(recorded),
      district,
      offence_code: r.chance(FAULT.unknownOffence) ? r.pick(UNKNOWN_OFFENCES) : offence.code,
      victim_id: victim.id,
      victim_age: r.chance(0.1) ? '' : victim.age,
      status: 'recorded',
      flag_domestic_abuse: offence.violent && r.chance(0.3) ? 'true' : r.chance(0.8) ? 'false' : '',
      flag_hate: r.chance(0.03) ? 'true' : r.chance(0.7) ? 'false' : '',
      flag_modern_slavery: r.chance(0.6) ? 'false' : '',
    };
    if (r.chance(FAULT.missingField)) row[r.pick(['offence_code', 'district'] as const)] = '';
    if (offence.sexual) {
      const child = Number(row.victim_age) < 18;
      row.flag_cse = child && r.chance(FAULT.noCseFlag) ? '' : String(child && r.chance(0.3));
    }
    if (r.chance(0.04)) this.cancel(row, recorded);
    else if (r.chance(0.55)) this.outcome(row, recorded);
    return row;
  }

  private cancel(row: Row, recorded: number): void {
    const r = this.rand;
    row.status = 'cancelled';
    // Three days after recording, written without a random draw so the rest of the month stays as it was.
    row.cancelled_at = formatLondon(recorded + 72 * HOUR, 'iso-space');
    row.cancellation_code = r.chance(FAULT.badCancellationCode) ? r.pick(['', 'C9', 'NC']) : r.pick(CANCELLATION_CODES);
    row.cancellation_authority = r.chance(FAULT.badAuthority) ? r.pick(['', 'PC', 'Sgt']) : r.pick(['FCR', 'DDM', 'DDM']);
    row.cancellation_rationale = r.chance(FAULT.noCancellationRationale) ? '' : r.pick(CANCELLATION_RATIONALES);
  }

  private outcome(row: Row, recorded: number): void {
    const r = this.rand;
    row.outcome_code = r.chance(FAULT.unknownOutcome) ? r.pick(UNKNOWN_OUTCOMES) : r.weighted(OUTCOMES);
    if (r.chance(FAULT.noOutcomeDate)) return;
    row.outcome_at = r.chance(FAULT.timeTravel)
      ? this.date(recorded - r.int(1, 48) * HOUR)
      : this.date(recorded + r.int(2 * 60, 20 * 24 * 60) * MIN);
  }

  private victim(age: number): { id: string; age: string } {
    const r = this.rand;
    if (this.recentVictims.length > 0 && r.chance(0.04)) return r.pick(this.recentVictims);
    const victim = { id: `V${r.hex(8)}`, age: String(age) };
    this.recentVictims.push(victim);
    if (this.recentVictims.length > 200) this.recentVictims.shift();
    return victim;
  }

  private crimeId(): string {
    const r = this.rand;
    if (this.recentIds.length > 0 && r.chance(FAULT.duplicateId)) return r.pick(this.recentIds);
    const id = `13/${this.crimeSeq++}/${this.yy}`;
    this.recentIds.push(id);
    if (this.recentIds.length > 500) this.recentIds.shift();
    return id;
  }

  private incidentId(reported: number): string {
    const day = londonDay(reported);
    const n = (this.incidentSeq.get(day) ?? 0) + 1;
    this.incidentSeq.set(day, n);
    return `WY-${day}-${String(n).padStart(5, '0')}`;
  }

  private date(ms: number): string {
    const style: DateStyle = this.rand.weighted([['iso-t', 6], ['iso-space', 3], ['uk', 1]] as const);
    return formatLondon(ms, style);
  }
}

/** A row as the cells of a canonical export, in header order. */
export function toCells(row: Row): string[] {
  return CANONICAL_FIELDS.map((field) => row[field] ?? '');
}
