// Framework-free recognition of deploy-time placeholders (tokens). Renderers use their framework's own `Token`
// API at their boundary; this is for the framework-free layers, which receive values both frameworks encode the
// same way: strings containing `${Token[...]}` (AWS CDK) or `${TfToken[...]}` (CDKTF), CDKTF list tokens
// `#{TfToken[...]}`, and numbers encoded as huge negative doubles by both.

/** True for a value that is an unresolved AWS CDK or CDKTF token of any kind (string, number or list). */
export function isEncodedToken(value: unknown): boolean {
  if (typeof value === 'string') return /\$\{(Tf)?Token\[|#\{TfToken\[/.test(value);
  if (typeof value === 'number') return isNumberToken(value);
  if (Array.isArray(value)) return value.length === 1 && isEncodedToken(value[0]);
  return false;
}

/**
 * The frameworks encode a number token as a double whose top 16 bits are a marker and whose low 48 bits hold the
 * token's index: 0xFBFF in AWS CDK (about -1.9e289), 0xFDFF in CDKTF and CDK Terrain (about -8.1e298). Any other
 * double, however large, is a number.
 */
const NUMBER_TOKEN_MARKERS = [0xFBFF, 0xFDFF];
function isNumberToken(value: number): boolean {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, value);
  return NUMBER_TOKEN_MARKERS.includes(view.getUint16(0));
}
