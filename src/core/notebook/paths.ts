/** Which paths of a notebook the engine reads. Paths are relative, `/` separated. */

/** Folders never descended into: hidden ones and node_modules. */
export function isSkippedFolderName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** True when the engine reads the dossiers of this notebook-relative folder ('' is the notebook's top). */
export function isReadFolder(folder: string): boolean {
  return folder === '' || !folder.split('/').some(isSkippedFolderName);
}

export function isCandidatePath(path: string): boolean {
  const lower = path.toLowerCase();
  if (!(lower.endsWith('.md') || lower.endsWith('.yaml') || lower.endsWith('.yml'))) return false;
  const parts = path.split('/');
  for (let index = 0; index < parts.length - 1; index++) if (isSkippedFolderName(parts[index])) return false;
  const file = parts[parts.length - 1];
  return !file.startsWith('.');
}

/**
 * Normalises a user-given relative path and refuses anything that would
 * leave the notebook (`..`, absolute paths, drive letters, NUL).
 */
export function safeRelativePath(input: string): string | undefined {
  if (input.includes('\0')) return undefined;
  const unified = input.replace(/\\/g, '/');
  if (unified.startsWith('/') || /^[a-zA-Z]:/.test(unified)) return undefined;
  const parts: string[] = [];
  for (const part of unified.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') return undefined;
    parts.push(part);
  }
  return parts.length ? parts.join('/') : undefined;
}
