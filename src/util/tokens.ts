// Framework-free recognition of deploy-time placeholders (tokens). Renderers use their framework's own `Token`
// API at their boundary; this is for the framework-free layers, which receive values both frameworks encode the
// same way: strings containing `${Token[...]}` (AWS CDK) or `${TfToken[...]}` (CDKTF), CDKTF list tokens
// `#{TfToken[...]}`, and numbers encoded as huge negative doubles by both.

/** True for a value that is an unresolved AWS CDK or CDKTF token of any kind (string, number or list). */
export function isEncodedToken(value: unknown): boolean {
  if (typeof value === 'string') return /\$\{(Tf)?Token\[|#\{TfToken\[/.test(value);
  // both frameworks encode a number token as a huge negative double (about -1.9e289); a huge positive is a number
  if (typeof value === 'number') return Number.isFinite(value) && value < -1e280;
  if (Array.isArray(value)) return value.length === 1 && isEncodedToken(value[0]);
  return false;
}
