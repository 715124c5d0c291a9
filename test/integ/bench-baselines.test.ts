// The benchmark compares the constructs with hand-written code; that is only fair if both produce the same resources.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Template } from 'aws-cdk-lib/assertions';
import { Testing } from 'cdktf';
import { cdkByHand, cdkStack, cdkWithLibrary, importedVpc, tfByHand, tfStack, tfWithLibrary } from '../../bench/baselines';

const outdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-bench-'));

describe('benchmark baselines', () => {
  test.each([true, false])('AWS CDK: the hand-written stack equals the construct\'s template (full configuration: %s)', (full) => {
    const a = cdkStack(outdir());
    cdkWithLibrary(a.stack, importedVpc(a.stack), 'Voice', full);
    const b = cdkStack(outdir());
    cdkByHand(b.stack, importedVpc(b.stack), 'Voice', full);
    const withLibrary = Template.fromStack(a.stack).toJSON();
    expect(Object.keys(withLibrary.Resources).length).toBeGreaterThan(full ? 8 : 0);
    expect(Template.fromStack(b.stack).toJSON()).toEqual(withLibrary);
  });

  test.each([true, false])('CDKTF: the hand-written stack equals the construct\'s Terraform JSON (full configuration: %s)', (full) => {
    const a = tfStack(outdir());
    tfWithLibrary(a.stack, 'voice', full);
    const b = tfStack(outdir());
    tfByHand(b.stack, 'voice', full);
    const withLibrary = JSON.parse(Testing.synth(a.stack));
    expect(Object.keys(withLibrary.resource).length).toBeGreaterThan(1);
    expect(JSON.parse(Testing.synth(b.stack))).toEqual(withLibrary);
  });
});
