// The Python bindings jsii-pacmak generates (`npx projen package:python-code`, which CI runs before the integration
// tests) carry the cdktn submodule, typed with cdktn's own Python packages. A static check runs wherever python3 and
// the generated code are; importing the module for real needs the jsii Python runtime and cdktn's Python package from
// PyPI, and is reported as skipped, with the reason, where they are not installed.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const generated = path.resolve(process.env.PYTHON_CODE_DIR ?? '.tmp/python-code', 'python');
const src = path.join(generated, 'src');
const python = spawnSync('python3', ['--version'], { encoding: 'utf8' }).status === 0;
const skipReason = !python ? 'no python3 on PATH'
  : !fs.existsSync(path.join(src, 'twilio_voice_network', 'cdktn', '__init__.py')) ? `no generated Python code in ${generated} (npx projen package:python-code)`
    : undefined;
if (skipReason) console.log(`SKIPPED the Python smoke tests: ${skipReason}.`);
const withCode = skipReason ? test.skip : test;

const runtimeCheck = skipReason ? undefined
  : spawnSync('python3', ['-c', 'import jsii, cdktn, cdktn_provider_aws, constructs'], { encoding: 'utf8' });
const importSkip = skipReason ?? (runtimeCheck!.status !== 0
  ? 'the jsii Python runtime and the cdktn, cdktn-provider-aws and constructs Python packages are not installed (they come from PyPI, '
    + `which this machine cannot reach): ${runtimeCheck!.stderr.trim().split('\n').pop()}` : undefined);
if (!skipReason && importSkip) console.log(`SKIPPED importing twilio_voice_network.cdktn in Python: ${importSkip}.`);

/** Runs a Python script with the generated package on the path; its JSON output. */
function py(script: string): any {
  const r = spawnSync('python3', ['-c', script], { encoding: 'utf8', env: { ...process.env, PYTHONPATH: src } });
  if (r.status !== 0) throw new Error(`python3 failed:\n${r.stderr}`);
  return JSON.parse(r.stdout);
}

describe('Python bindings', () => {
  withCode('twilio_voice_network.cdktn compiles and defines the six constructs and their props, built on cdktn alone', () => {
    const found = py(`
import ast, json, py_compile
path = '${path.join(src, 'twilio_voice_network', 'cdktn', '__init__.py')}'
py_compile.compile(path, doraise=True)
tree = ast.parse(open(path).read())
classes = sorted(n.name for n in tree.body if isinstance(n, ast.ClassDef) and not n.name.startswith('_'))
# the modules it loads: names given to _LazyImport("...") and plain imports
lazy = sorted({n.args[0].value for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, 'id', '') == '_LazyImport'})
print(json.dumps({ 'classes': classes, 'modules': lazy }))
`);
    expect(found.classes).toEqual(expect.arrayContaining([
      'TwilioVoiceEgress', 'TwilioPrivateInterconnectEdge', 'TwilioSipEndpoint', 'TwilioPrefixLists', 'TwilioNetworkFirewallRuleGroup',
      'TwilioConnectivityCanary', 'TwilioVoiceEgressProps', 'TwilioSipEndpointProps', 'InterconnectRouteTarget',
    ]));
    expect(found.modules.filter((m: string) => /^(cdktf|aws_cdk)/.test(m))).toEqual([]);
    expect(found.modules).toEqual(expect.arrayContaining(['cdktn', 'constructs']));
    expect(found.modules.some((m: string) => m.startsWith('cdktn_provider_aws'))).toBe(true);
  });

  withCode('the Python package requires cdktn and cdktn-provider-aws at the versions the npm package names', () => {
    const setup = fs.readFileSync(path.join(generated, 'setup.py'), 'utf8');
    expect(setup).toContain('"cdktn>=0.24.0, <0.25.0"');
    expect(setup).toContain('"cdktn-provider-aws>=25.7.0, <26.0.0"');
  });

  (importSkip ? test.skip : test)('import twilio_voice_network.cdktn and create a TwilioVoiceEgress in a cdktn stack', () => {
    const out = py(`
import json
import cdktn
from twilio_voice_network import TwilioEdge
from twilio_voice_network import cdktn as tvn
app = cdktn.Testing.app()
stack = cdktn.TerraformStack(app, 'python')
voice = tvn.TwilioVoiceEgress(stack, 'voice', vpc_id='vpc-0123456789abcdef0', edges=[TwilioEdge.DUBLIN])
print(json.dumps({ 'rules': len(voice.plan.security_group_rules) }))
`);
    expect(out.rules).toBeGreaterThan(0);
  });
});
