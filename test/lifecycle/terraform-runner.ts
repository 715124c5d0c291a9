// Runs terraform in one working directory with the AWS provider from the local filesystem mirror, exactly as
// test/terraform.ts does for `terraform validate` (TF_CLI_CONFIG_FILE with a filesystem_mirror, the required
// provider version pinned to the mirror's), and counts what it ran.
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { mirrorVersion } from '../terraform';

const MIRROR = process.env.TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A change terraform plans for one resource: its address, actions, and for updates the arguments that change. */
export interface ResourceChange {
  readonly address: string;
  readonly type: string;
  readonly actions: string[];
  readonly changedArguments: string[];
}

export class TerraformDir {
  public applies = 0;
  public plans = 0;
  private readonly env: NodeJS.ProcessEnv;

  constructor(public readonly dir: string) {
    fs.mkdirSync(dir, { recursive: true });
    const cliConfig = path.join(dir, '.terraformrc');
    fs.writeFileSync(cliConfig, `provider_installation {
  filesystem_mirror {
    path    = "${MIRROR}"
    include = ["registry.terraform.io/*/*"]
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`);
    // Only the emulator's test credentials, written in the provider block: no AWS_* profile, key or metadata service.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^AWS_/.test(k) || k === 'AWS_CA_BUNDLE'));
    this.env = {
      ...env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_INPUT: '0', AWS_EC2_METADATA_DISABLED: 'true',
    };
  }

  /**
   * Writes the synthesized configuration, its AWS provider pinned to the mirror's version.
   *
   * THE PROVIDER PIN IS OVERRIDDEN HERE. Each framework pins the AWS provider its provider package was generated for
   * (@cdktf/provider-aws 21.22: 6.25.0; @cdktn/provider-aws 25.7: 6.66.0), but this machine's mirror holds only the
   * provider in test/terraform.ts's `mirrorVersion` (5.100.0). Every resource type and argument the constructs use
   * exists in 5.100 and 6.x (docs/cdktf-and-cdktn.md#provider-versions says what was tested with which).
   */
  public write(terraformJson: string): void {
    const config = JSON.parse(terraformJson);
    config.terraform.required_providers.aws.version = mirrorVersion;
    delete config.terraform.backend; // local state in the working directory
    fs.writeFileSync(path.join(this.dir, 'main.tf.json'), JSON.stringify(config, null, 1));
  }

  public async run(args: string[], timeoutMs = 10 * 60_000): Promise<RunResult> {
    return new Promise((resolve, reject) => {
      const child = spawn('terraform', [...args, '-no-color'], { cwd: this.dir, env: this.env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => { stdout += d; });
      child.stderr.on('data', (d) => { stderr += d; });
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.once('error', reject);
      child.once('close', (code) => {
        clearTimeout(timer);
        fs.appendFileSync(path.join(this.dir, 'terraform.log'), `\n$ terraform ${args.join(' ')} -> ${code}\n${stdout}\n${stderr}\n`);
        resolve({ code: code ?? -1, stdout, stderr });
      });
    });
  }

  private async ok(args: string[]): Promise<RunResult> {
    const r = await this.run(args);
    if (r.code !== 0) throw new Error(`terraform ${args.join(' ')} failed (${r.code}):\n${r.stderr.slice(-4000)}\n${r.stdout.slice(-2000)}`);
    return r;
  }

  public async init(): Promise<void> {
    await this.ok(['init', '-input=false']);
  }

  public async apply(planFile?: string): Promise<void> {
    this.applies++;
    await this.ok(planFile ? ['apply', '-input=false', planFile] : ['apply', '-auto-approve', '-input=false']);
  }

  /** `terraform plan -detailed-exitcode`: 0 when nothing would change; the plan text otherwise. */
  public async planDetailed(): Promise<{ code: number; text: string }> {
    this.plans++;
    const r = await this.run(['plan', '-detailed-exitcode', '-input=false']);
    if (r.code === 1) throw new Error(`terraform plan failed:\n${r.stderr.slice(-4000)}`);
    return { code: r.code, text: r.stdout };
  }

  /** `terraform plan -out` then `terraform show -json`: the planned change of every resource that changes. */
  public async planChanges(planFile: string): Promise<ResourceChange[]> {
    this.plans++;
    await this.ok(['plan', '-input=false', `-out=${planFile}`]);
    const shown = JSON.parse((await this.ok(['show', '-json', planFile])).stdout);
    return (shown.resource_changes ?? [])
      .filter((rc: any) => !(rc.change.actions.length === 1 && rc.change.actions[0] === 'no-op'))
      .map((rc: any) => ({
        address: rc.address,
        type: rc.type,
        actions: rc.change.actions,
        changedArguments: rc.change.actions.includes('update') ? changedKeys(rc.change.before ?? {}, rc.change.after ?? {}, rc.change.after_unknown ?? {}) : [],
      }));
  }

  public async destroy(): Promise<RunResult> {
    this.applies++;
    return this.run(['destroy', '-auto-approve', '-input=false']);
  }

  public async stateList(): Promise<string[]> {
    return (await this.ok(['state', 'list'])).stdout.split('\n').filter(Boolean);
  }

  public async stateRm(address: string): Promise<void> {
    await this.ok(['state', 'rm', address]);
  }
}

function changedKeys(before: Record<string, unknown>, after: Record<string, unknown>, unknown: Record<string, unknown>): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...keys].filter((k) => unknown[k] === true || JSON.stringify(before[k]) !== JSON.stringify(after[k])).sort();
}
