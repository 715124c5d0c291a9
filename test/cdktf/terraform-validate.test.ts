// `terraform validate` of synthesized configurations against the real AWS provider schema, offline, where a
// terraform binary and a filesystem mirror of the provider exist (see TOOLCHAIN.md). Elsewhere: skipped, saying why.
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack } from 'cdktf';
import { cdktf, TwilioEdge, VoiceSdk } from '../../src';

const MIRROR = process.env.TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';
const PROVIDER_DIR = path.join(MIRROR, 'registry.terraform.io', 'hashicorp', 'aws');

function findTerraform(): string | undefined {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return 'terraform';
  } catch {
    return undefined;
  }
}

const terraform = findTerraform();
const mirrorVersion = fs.existsSync(PROVIDER_DIR) ? fs.readdirSync(PROVIDER_DIR).sort().pop() : undefined;
const reason = !terraform ? 'no terraform binary on PATH' : !mirrorVersion ? `no AWS provider mirror at ${PROVIDER_DIR}` : undefined;
if (reason) console.log(`SKIPPED terraform validate tests: ${reason}.`);
const withTerraform = reason ? test.skip : test;

function validate(build: (stack: TerraformStack) => void): { valid: boolean; diagnostics: unknown[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-tf-'));
  const app = new App({ outdir: dir, skipValidation: false });
  const stack = new TerraformStack(app, 'validate');
  new AwsProvider(stack, 'aws', { region: 'eu-central-1' });
  build(stack);
  app.synth();
  const stackDir = path.join(dir, 'stacks', 'validate');
  const file = path.join(stackDir, 'cdk.tf.json');
  const config = JSON.parse(fs.readFileSync(file, 'utf8'));
  // @cdktf/provider-aws 21 asks for aws 6.x; the offline mirror holds one version. Same resources and arguments used here.
  config.terraform.required_providers.aws.version = mirrorVersion;
  fs.writeFileSync(file, JSON.stringify(config));
  const cliConfig = path.join(dir, 'terraformrc');
  fs.writeFileSync(cliConfig, `provider_installation {
  filesystem_mirror {
    path    = "${MIRROR}"
    include = ["registry.terraform.io/*/*"]
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`);
  const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  execFileSync(terraform!, ['init', '-backend=false', '-input=false', '-no-color'], { cwd: stackDir, env, stdio: 'pipe' });
  let out: string;
  try {
    out = execFileSync(terraform!, ['validate', '-json', '-no-color'], { cwd: stackDir, env, stdio: 'pipe' }).toString();
  } catch (e: any) {
    out = e.stdout.toString();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  const result = JSON.parse(out);
  return { valid: result.valid, diagnostics: result.diagnostics };
}

describe('terraform validate (real AWS provider schema)', () => {
  withTerraform('TwilioVoiceEgress with ACL, DNS Firewall walled garden and an existing ACL', () => {
    const result = validate((stack) => {
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', {
        vpcId: 'vpc-0123456789abcdef0',
        edges: [TwilioEdge.DUBLIN],
        sdks: [VoiceSdk.JAVASCRIPT, VoiceSdk.MOBILE],
        turnFallback: true,
        networkAcl: { subnetIds: ['subnet-0123456789abcdef0'] },
        dnsFirewall: { blockOtherDomains: true },
      });
      voice.addNetworkAclEntries('acl-0123456789abcdef0');
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('TwilioPrivateInterconnectEdge with routes to a transit gateway and a supplied security group', () => {
    const result = validate((stack) => {
      new cdktf.TwilioPrivateInterconnectEdge(stack, 'london', {
        vpcId: 'vpc-0123456789abcdef0',
        edge: TwilioEdge.LONDON_IX,
        securityGroupId: 'sg-0123456789abcdef0',
        insights: true,
        routing: { routeTableIds: ['rtb-0123456789abcdef0'], target: cdktf.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0') },
      });
    });
    expect(result).toEqual({ valid: true, diagnostics: [] });
  }, 60_000);

  withTerraform('the check can fail: a wrong argument name is reported', () => {
    const result = validate((stack) => {
      const voice = new cdktf.TwilioVoiceEgress(stack, 'voice', { vpcId: 'vpc-0123456789abcdef0' });
      const rule = voice.node.findAll().find((c) => c.constructor.name === 'VpcSecurityGroupEgressRule') as any;
      rule.addOverride('cidr_ipv9', '10.0.0.0/8');
    });
    expect(result.valid).toBe(false);
    expect(JSON.stringify(result.diagnostics)).toMatch(/cidr_ipv9/);
  }, 60_000);
});
