/** The day the rules and the source registry were last reviewed against the sources. */
export const RULES_LAST_REVIEWED = '2026-11-29';
