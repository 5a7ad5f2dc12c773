import picomatch from 'picomatch';

/**
 * A filter from the user's exclude globs (`archive/**`, `**\/drafts`),
 * matched against notebook-relative paths; true keeps the path.
 */
export function excludeFilter(globs: readonly string[]): (path: string) => boolean {
  const patterns = globs.map((glob) => glob.trim()).filter(Boolean);
  if (!patterns.length) return () => true;
  const matches = picomatch(patterns, { dot: true });
  // A folder glob excludes what is inside it too.
  return (path) => !matches(path) && !path.split('/').some((_, index, parts) => matches(parts.slice(0, index + 1).join('/')));
}
