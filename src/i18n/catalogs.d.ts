/** A catalog file imported with `?lingui`: @lingui/vite-plugin compiles it to this module. */
declare module '*.json?lingui' {
  import type { Messages } from '@lingui/core';
  export const messages: Messages;
}

interface ImportMetaEnv {
  /** Set by `npm run build:pseudo`: the built page offers the pseudo-locale (`?lang=pseudo`). */
  readonly VITE_PSEUDO?: string;
}
