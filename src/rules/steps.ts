/** The shape of a next step, shared by the rules' own steps (./policy.ts) and the shared ones (./outcomes.ts). */
import type { ISODate, MilestoneKind, NextStep } from './types';

/** What a rule's or a verdict's steps may read besides the facts. */
export interface NextStepContext {
  /** The date of one of this assessment's milestones, when it has that milestone. */
  due(kind: MilestoneKind): ISODate | undefined;
}

export function step(id: string, text: string, sources: string[], due?: ISODate): NextStep {
  return due ? { id, text, due, sources } : { id, text, sources };
}

/** The steps of a list written as `condition && step(...)`, in order, without the ones whose condition fails. */
export function stepsWhere(...items: ReadonlyArray<NextStep | false | undefined>): NextStep[] {
  return items.filter((s): s is NextStep => Boolean(s));
}
