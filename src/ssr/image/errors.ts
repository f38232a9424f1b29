// The image export's errors and limit, in a module whose declarations need no Node types (the ./ssr entry's
// declarations are read by consumers' TypeScript without @types/node).
/** Raised for input the export cannot draw (unknown tag or attribute, markup in a value…); its message says why. */
export class ImageInputError extends Error {
  override name = 'ImageInputError';
}

/** The tallest image made, in CSS px: more is refused (WeChat and most viewers downscale or reject such images). */
export const MAX_HEIGHT = 16000;

/** Raised for a missing or unreadable font: the CLI prints its message (no stack trace). */
export class FontError extends Error {
  override name = 'FontError';
}
