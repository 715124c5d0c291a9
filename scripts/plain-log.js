#!/usr/bin/env node
// Passes a CLI's output through for a log, not a terminal: drops spinner frames and cursor-control sequences (the
// cdktf CLI draws a spinner even when its output is not a terminal), keeps every other line as written.
const SPINNER = /^[\u2800-\u28ff]\s/;
// eslint-disable-next-line no-control-regex
const CONTROL = /\u001b\[[0-9;?]*[A-Za-z]/g;
let rest = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => {
  const lines = (rest + chunk).split('\n');
  rest = lines.pop();
  for (const line of lines) emit(line);
});
process.stdin.on('end', () => emit(rest));
function emit(line) {
  const plain = line.replace(CONTROL, '').replace(/\r/g, '');
  if (plain.trim() === '' && line !== '' && line.replace(CONTROL, '').trim() === '') return;
  if (SPINNER.test(plain)) return;
  process.stdout.write(plain + '\n');
}
