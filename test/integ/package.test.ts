// What Construct Hub and npm users get: package metadata, the packed file list, the .jsii assembly, the lazy root.
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const root = path.join(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));

describe('package', () => {
  test('Construct Hub metadata: keywords, license, repository, frameworks as optional peers', () => {
    expect(pkg.keywords).toEqual(expect.arrayContaining(['cdk', 'awscdk', 'aws-cdk', 'cdktf', 'cdktn', 'twilio']));
    expect(new Set(pkg.keywords).size).toBe(pkg.keywords.length);
    expect(pkg.license).toBe('Apache-2.0');
    expect(pkg.repository.url).toMatch(/^https:\/\/github\.com\//);
    expect(pkg.author.organization).toBe(false);
    expect(Object.keys(pkg.peerDependencies).sort()).toEqual(['@cdktf/provider-aws', '@cdktn/provider-aws', 'aws-cdk-lib', 'cdktf', 'cdktn', 'constructs']);
    expect(pkg.peerDependenciesMeta).toEqual({
      'aws-cdk-lib': { optional: true },
      'cdktf': { optional: true },
      '@cdktf/provider-aws': { optional: true },
      'cdktn': { optional: true },
      '@cdktn/provider-aws': { optional: true },
    });
    expect(pkg.dependencies ?? {}).toEqual({});
  });

  test('jsii targets for Python, Java, .NET and Go are named', () => {
    expect(Object.keys(pkg.jsii.targets).sort()).toEqual(['dotnet', 'go', 'java', 'python']);
    expect(pkg.jsii.targets.python).toEqual({ distName: 'twilio-voice-network', module: 'twilio_voice_network' });
  });

  test('the packed tarball holds only lib/, .jsii, API.md, README, LICENSE and package.json', () => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, stdio: 'pipe' }).toString());
    const files: string[] = pack.files.map((f: { path: string }) => f.path);
    const outside = files.filter((f) => !f.startsWith('lib/') && !['.jsii', 'API.md', 'README.md', 'LICENSE', 'package.json'].includes(f));
    expect(outside).toEqual([]);
    expect(pack.unpackedSize).toBeLessThan(5_000_000);
  });

  const jsii = path.join(root, '.jsii');
  const lib = path.join(root, 'lib', 'index.js');
  // The integ task runs after the build; without it these checks fail rather than pass unseen.
  const whenBuilt = (name: string, fn: () => void) => test(name, () => {
    expect({ built: fs.existsSync(jsii) && fs.existsSync(lib), hint: 'run `npx projen compile` first' }).toEqual({ built: true, hint: expect.any(String) });
    fn();
  });

  whenBuilt('.jsii version matches package.json, and every public symbol is documented', () => {
    const asm = JSON.parse(fs.readFileSync(jsii, 'utf8'));
    expect(asm.version).toBe(pkg.version);
    expect(asm.name).toBe(pkg.name);
    const undocumented: string[] = [];
    const plumbing: string[] = [];
    for (const [fqn, type] of Object.entries<any>(asm.types)) {
      if (!type.docs?.summary) undocumented.push(fqn);
      for (const p of type.properties ?? []) if (!p.docs?.summary) undocumented.push(`${fqn}.${p.name}`);
      for (const m of type.methods ?? []) if (!m.docs?.summary) undocumented.push(`${fqn}.${m.name}()`);
      for (const m of type.members ?? []) if (!m.docs?.summary) undocumented.push(`${fqn}.${m.name}`);
      const callables = [...(type.initializer ? [{ name: 'constructor', ...type.initializer }] : []), ...(type.methods ?? [])];
      for (const c of callables) {
        for (const p of c.parameters ?? []) {
          if (!p.docs?.summary) undocumented.push(`${fqn}.${c.name}(${p.name})`);
          if (['className', 'planProps', 'problems'].includes(p.name)) plumbing.push(`${fqn}.${c.name}(${p.name})`);
        }
      }
      for (const p of type.properties ?? []) if (['routeProperty', 'className'].includes(p.name)) plumbing.push(`${fqn}.${p.name}`);
    }
    expect(undocumented).toEqual([]);
    expect(plumbing).toEqual([]);
  });

  whenBuilt('the root loads no framework until a submodule is used; each entry point loads only its own', () => {
    const probe = (code: string) => spawnSync(process.execPath, ['-e', code], { cwd: root }).stdout.toString().trim();
    const loaded = 'const has = (n) => Object.keys(require.cache).some((k) => k.includes(`/node_modules/${n}/`));';
    const frameworks = "console.log(has('aws-cdk-lib'), has('cdktf'), has('cdktn'))";
    expect(probe(`${loaded} const m = require('twilio-voice-network'); m.TwilioEdge.ASHBURN; ${frameworks}`)).toBe('false false false');
    expect(probe(`${loaded} require('twilio-voice-network').awscdk.TwilioVoiceEgress; ${frameworks}`)).toBe('true false false');
    expect(probe(`${loaded} require('twilio-voice-network').cdktf.TwilioVoiceEgress; ${frameworks}`)).toBe('false true false');
    expect(probe(`${loaded} require('twilio-voice-network').cdktn.TwilioVoiceEgress; ${frameworks}`)).toBe('false false true');
    expect(probe(`${loaded} const m = require('twilio-voice-network/awscdk'); m.awscdk.TwilioVoiceEgress; m.TwilioEdge.of('us1'); ${frameworks}`)).toBe('true false false');
    expect(probe(`${loaded} const m = require('twilio-voice-network/cdktf'); m.cdktf.TwilioVoiceEgress; ${frameworks}`)).toBe('false true false');
    expect(probe(`${loaded} const m = require('twilio-voice-network/cdktn'); m.cdktn.TwilioVoiceEgress; ${frameworks}`)).toBe('false false true');
  });

  whenBuilt('ESM named imports work from the root and the subpaths', () => {
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e',
      "import { TwilioEdge, awscdk, cdktf, cdktn } from 'twilio-voice-network'; import { awscdk as a } from 'twilio-voice-network/awscdk'; "
      + "import { cdktn as n } from 'twilio-voice-network/cdktn'; "
      + 'console.log(TwilioEdge.ASHBURN.name, typeof awscdk.TwilioVoiceEgress, typeof cdktf.TwilioVoiceEgress, typeof cdktn.TwilioVoiceEgress, a === awscdk, n === cdktn)'],
    { cwd: root });
    expect(esm.stdout.toString().trim()).toBe('ashburn function function function true true');
  });
});
