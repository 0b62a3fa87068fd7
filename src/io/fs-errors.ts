// File-system errors in Swedish, one vocabulary for reading and writing: "disken är full".

/** Reasons that read the same whichever way the file was used. */
const REASONS: Record<string, string> = {
  ENOSPC: 'disken är full',
  EDQUOT: 'diskkvoten är slut',
  EACCES: 'behörighet saknas',
  EPERM: 'behörighet saknas',
  EROFS: 'filsystemet är skrivskyddat',
  ENOTDIR: 'en del av sökvägen är en fil, inte en mapp',
  ENAMETOOLONG: 'sökvägen är för lång',
  EIO: 'in- eller utmatningsfel på disken',
  ELOOP: 'för många symboliska länkar',
};

/** Reasons whose wording depends on whether the file was read or written. */
const BY_USE: Record<'read' | 'write', Record<string, string>> = {
  read: { ENOENT: 'filen eller mappen finns inte', EISDIR: 'det är en mapp' },
  write: { ENOENT: 'mappen finns inte', EISDIR: 'det finns en mapp med det namnet' },
};

/** Why a file-system call failed, for a one-line message. */
export function fsErrorReason(error: unknown, use: 'read' | 'write'): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code ? (BY_USE[use][code] ?? REASONS[code]) : undefined;
  return reason ?? code ?? (error instanceof Error ? error.message : String(error));
}
