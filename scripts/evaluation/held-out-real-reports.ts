/**
 * Which real reports are held out from rule writing for the Ofsted scheme: those whose sha256 starts
 * with a hex digit 0 to 4 (20 of the 65 in the shared real-reports folder). Fixed before any Ofsted
 * rule was written, so that the held-out figure is measured on reports no rule was written against.
 */
export function isHeldOutRealReport(sha256: string): boolean {
  return /^[0-4]/i.test(sha256);
}
