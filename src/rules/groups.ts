/**
 * The applicant groups of docs/case-file.md ("Groups used below"), written once: which group a visa
 * class belongs to, whether it needs a petition, and the sets of classes a rule reads (the 214(b)
 * exemption, the classes 212(e) can bar, the students). A plain data module: it imports only the
 * contract's enums, so the first page (the form) can read it without the policy.
 */
import {
  IMMIGRANT_CLASSES, K_CLASSES, PETITION_NIV_CLASSES, type VisaClass,
} from './types';

/** petition NIV: the I-129 classes; other NIV: no USCIS petition; K: fiancé(e)s; immigrant: IR-CR, F-pref, EB, DV, IV-other. */
export type ClassGroup = 'petition_niv' | 'other_niv' | 'k' | 'immigrant';

const includes = (list: readonly string[], c: VisaClass): boolean => list.includes(c);

export function classGroup(c: VisaClass): ClassGroup {
  if (includes(PETITION_NIV_CLASSES, c)) return 'petition_niv';
  if (includes(K_CLASSES, c)) return 'k';
  if (includes(IMMIGRANT_CLASSES, c)) return 'immigrant';
  return 'other_niv';
}

export const isImmigrant = (c: VisaClass): boolean => classGroup(c) === 'immigrant';
export const isK = (c: VisaClass): boolean => classGroup(c) === 'k';
export const isNonimmigrant = (c: VisaClass): boolean => !isImmigrant(c) && !isK(c);
/** K and immigrant classes: no interview waiver, I-601 waivers with USCIS, 212(a)(4) not final. */
export const isImmigrantOrK = (c: VisaClass): boolean => isImmigrant(c) || isK(c);

/**
 * Whether a case file of this class must, may or may not carry `petition`: required for the I-129
 * classes, K and the immigrant classes with a petition (I-130, I-140, I-526, I-360); optional for
 * another immigrant visa and another nonimmigrant class; dropped (with a warning) for the other
 * nonimmigrant classes and DV, which have none.
 */
export function petitionRule(c: VisaClass): 'required' | 'optional' | 'dropped' {
  if (c === 'IV-other' || c === 'other') return 'optional';
  if (c === 'DV' || classGroup(c) === 'other_niv') return 'dropped';
  return 'required';
}

export type PetitionFormKind = 'i129' | 'i129f' | 'i130' | 'employment';

/** Which form the class's petition is on; none for another immigrant visa (SB, SI, SQ ...) or a class with no petition. */
export function petitionFormOf(c: VisaClass): PetitionFormKind | undefined {
  switch (classGroup(c)) {
    case 'petition_niv': return 'i129';
    case 'k': return 'i129f';
    default:
      if (c === 'IR-CR' || c === 'F-pref') return 'i130';
      if (c === 'EB') return 'employment';
      return undefined;
  }
}

const PETITION_FORM_NAMES: Readonly<Record<PetitionFormKind, string>> = {
  i129: 'Form I-129', i129f: 'Form I-129F', i130: 'Form I-130', employment: 'Form I-140, I-526 or I-360',
};

/** The petition's form, as the applicant knows it, in English ("the petition" when no form is known). */
export function petitionForm(c: VisaClass): string {
  const kind = petitionFormOf(c);
  return kind ? PETITION_FORM_NAMES[kind] : 'the petition';
}

/** Classes the statute exempts from the 214(b) presumption: H(i) except H-1B1, and L (which covers spouses and children). V is not a class here. */
export const EXEMPT_214B: readonly VisaClass[] = ['H-1B', 'L-1A', 'L-1B', 'L-2'];

/** Students and exchange visitors (the program start date on the I-20 or DS-2019). */
export const STUDENT_CLASSES: readonly VisaClass[] = ['F-1', 'F-2', 'M-1', 'M-2', 'J-1', 'J-2'];
export const isStudent = (c: VisaClass): boolean => STUDENT_CLASSES.includes(c);
/** J classes: the program sponsor (not a school) issues the DS-2019. */
export const isExchange = (c: VisaClass): boolean => c === 'J-1' || c === 'J-2';

/** The classes 212(e) can bar (H, L, K and immigrant visas); on any other class it is read as `other`. */
export function barredBy212e(c: VisaClass): boolean {
  return ['H-1B', 'H-1B1', 'H-2A', 'H-2B', 'H-3', 'H-4', 'L-1A', 'L-1B', 'L-2'].includes(c) || isImmigrantOrK(c);
}

/** Immigrant classes through family (Form I-130). */
export const isFamilyImmigrant = (c: VisaClass): boolean => c === 'IR-CR' || c === 'F-pref';
