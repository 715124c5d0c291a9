// Runs `terraform validate` offline against the AWS provider in a local filesystem mirror (see TOOLCHAIN.md).
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const MIRROR = process.env.TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';
const PROVIDER_DIR = path.join(MIRROR, 'registry.terraform.io', 'hashicorp', 'aws');

function hasTerraform(): boolean {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** The mirrored AWS provider version, when terraform and the mirror are both present. */
export const mirrorVersion = hasTerraform() && fs.existsSync(PROVIDER_DIR) ? fs.readdirSync(PROVIDER_DIR).sort().pop() : undefined;

/** Why terraform tests cannot run here, or undefined when they can. */
export const terraformSkipReason = !hasTerraform() ? 'no terraform binary on PATH' : !mirrorVersion ? `no AWS provider mirror at ${PROVIDER_DIR}` : undefined;

/**
 * `terraform init -backend=false` and `terraform validate -json` in a directory holding `*.tf.json`.
 * The AWS provider version constraint is pinned to the mirror's version first (the mirror holds one version).
 */
export function terraformValidate(dir: string, configFile: string): { valid: boolean; diagnostics: unknown[] } {
  const config = JSON.parse(fs.readFileSync(configFile, 'utf8'));
  config.terraform.required_providers.aws.version = mirrorVersion;
  fs.writeFileSync(configFile, JSON.stringify(config));
  const cliConfig = path.join(dir, '.terraformrc');
  fs.writeFileSync(cliConfig, `provider_installation {
  filesystem_mirror {
    path    = "${MIRROR}"
    include = ["registry.terraform.io/*/*"]
  }
  direct { exclude = ["registry.terraform.io/*/*"] }
}
`);
  const env = { ...process.env, TF_CLI_CONFIG_FILE: cliConfig, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1' };
  execFileSync('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd: dir, env, stdio: 'pipe' });
  let out: string;
  try {
    out = execFileSync('terraform', ['validate', '-json', '-no-color'], { cwd: dir, env, stdio: 'pipe' }).toString();
  } catch (e: any) {
    out = e.stdout.toString();
  }
  const result = JSON.parse(out);
  return { valid: result.valid, diagnostics: result.diagnostics };
}
