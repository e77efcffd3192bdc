/** The shape of a next step, shared by the rules' own steps (./policy.ts) and the shared ones (./outcomes.ts). */
import { englishText, isMsg, type Msg } from './message';
import type { Explained, ISODate, MilestoneKind, NextStep } from './types';

/** What a rule's or a verdict's steps may read besides the facts. */
export interface NextStepContext {
  /** The date of one of this assessment's milestones, when it has that milestone. */
  due(kind: MilestoneKind): ISODate | undefined;
}

export type StepOut = NextStep & Explained;

/** A text of the rules: a message (./message.ts), or plain English not yet written as one. */
export type RuleText = string | Msg;

/** The English text of a rule's text, and its message when it has one. */
export function written(t: RuleText): { text: string } & Explained {
  return isMsg(t) ? { text: englishText(t), message: t } : { text: t };
}

export function step(id: string, text: RuleText, sources: string[], due?: ISODate): StepOut {
  const w = written(text);
  return due ? { id, ...w, due, sources } : { id, ...w, sources };
}

/** The steps of a list written as `condition && step(...)`, in order, without the ones whose condition fails. */
export function stepsWhere(...items: ReadonlyArray<StepOut | false | undefined>): StepOut[] {
  return items.filter((s): s is StepOut => Boolean(s));
}
