// Terraform lifecycle of the CDKTF and CDK Terrain constructs against an AWS API emulator (moto_server), per configuration in
// CONFIGURATIONS: apply; an immediate plan finds nothing to change; adding something (an edge, an SDK, a route
// table) plans no destroy and no replacement; removing it again plans only the removal of what it alone needed;
// destroy leaves nothing behind in the emulator (checked through the emulator's own API with boto3).
//
// Route 53 Resolver DNS Firewall is left out of every configuration: moto does not implement it. Its resources stay
// covered by `terraform validate` (test/integ/terraform-validate.test.ts, and the hostile suite's integration run).
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CONFIGURATIONS, LifecycleConfiguration, synthesize } from './configurations';
import { Emulator, emulatorSkipReason, inventory, leftBehind, startMoto } from './emulator';
import { ResourceChange, TerraformDir } from './terraform-runner';
import { terraformSkipReason } from '../terraform';

const skipReason = terraformSkipReason ?? emulatorSkipReason();
const emulators: Emulator[] = [];
const summaries: string[] = [];
const started = Date.now();

afterAll(async () => {
  await Promise.all(emulators.map((e) => e.stop()));
  // eslint-disable-next-line no-console
  if (summaries.length > 0) console.log(`lifecycle against moto: ${summaries.length} configurations in ${Math.round((Date.now() - started) / 1000)} s\n${summaries.join('\n')}`);
});

const isDelete = (c: ResourceChange) => c.actions.includes('delete');
const isCreate = (c: ResourceChange) => c.actions.includes('create');
const isUpdate = (c: ResourceChange) => c.actions.length === 1 && c.actions[0] === 'update';
const addresses = (changes: ResourceChange[]) => changes.map((c) => c.address).sort();
const describeUpdates = (changes: ResourceChange[]) => changes.filter(isUpdate).map((c) => `${c.address} (${c.changedArguments.join(', ')})`);

async function expectNoChanges(tf: TerraformDir, when: string): Promise<void> {
  const plan = await tf.planDetailed();
  if (plan.code !== 0) throw new Error(`terraform plan right after ${when} wants changes (exit ${plan.code}):\n${plan.text.slice(-6000)}`);
}

/** Deletes a resource through the emulator's API and forgets it in the state (see EmulatorWorkaround). */
async function applyWorkarounds(config: LifecycleConfiguration, tf: TerraformDir, emulator: Emulator): Promise<string[]> {
  const notes: string[] = [];
  for (const w of config.workarounds ?? []) {
    const state = JSON.parse((await tf.run(['show', '-json'])).stdout);
    const resources = (state.values?.root_module?.resources ?? []).filter((r: any) => r.type === w.type);
    for (const r of resources) {
      const script = `import boto3\nec2 = boto3.client('ec2', endpoint_url='${emulator.endpoint}', region_name='${emulator.region}', `
        + `aws_access_key_id='test', aws_secret_access_key='test')\nID = '${r.values.id}'\n${w.deleteWithBoto3}\n`;
      const py = spawnSync('python3', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
      if (py.status !== 0) throw new Error(`deleting ${r.address} through the emulator failed: ${py.stderr}`);
      await tf.stateRm(r.address);
      notes.push(`${r.address} deleted through the emulator API (${w.reason})`);
    }
  }
  return notes;
}

if (skipReason) {
  // eslint-disable-next-line no-console
  console.log(`SKIPPED lifecycle tests against the AWS API emulator: ${skipReason}`);
  (skipReason ? test.skip : test)(`terraform lifecycle against moto (SKIPPED: ${skipReason})`, () => undefined);
} else {
  describe('terraform lifecycle of the CDKTF and CDK Terrain constructs against moto_server', () => {
    test.each(CONFIGURATIONS.map((c) => [c.name, c] as const))('%s: apply, no-op plan, add and remove without replacement, clean destroy', async (_, config) => {
      const t0 = Date.now();
      const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-lifecycle-'));
      const emulator = await startMoto(path.join(work, 'moto.log'));
      emulators.push(emulator);
      const tf = new TerraformDir(path.join(work, 'tf'));
      const synth = (variant: 'base' | 'added') => synthesize(config, variant, emulator.endpoint, emulator.region);
      let failed = false;
      try {
        const baseline = inventory(emulator);

        // 1. apply, and an immediate plan finds nothing to change
        tf.write(synth('base'));
        await tf.init();
        await tf.apply();
        await expectNoChanges(tf, 'the first apply');
        const created = await tf.stateList();

        // 2. the addition: creates and in-place updates only, no destroy, no replacement
        tf.write(synth('added'));
        const add = await tf.planChanges('add.tfplan');
        expect(add.filter(isDelete).map((c) => `${c.address}: ${c.actions.join('+')}`)).toEqual([]);
        // in-place updates only rewrite rule descriptions (they name the edges and purposes a rule serves)
        expect(add.filter(isUpdate).filter((c) => c.changedArguments.some((a) => a !== 'description')).map((c) => `${c.address}: ${c.changedArguments}`)).toEqual([]);
        await tf.apply('add.tfplan');
        await expectNoChanges(tf, `adding ${config.addition}`);

        // 3. removing it again: deletes exactly what the addition created, updates back what it updated
        tf.write(synth('base'));
        const remove = await tf.planChanges('remove.tfplan');
        expect(remove.filter(isCreate).map((c) => `${c.address}: ${c.actions.join('+')}`)).toEqual([]);
        expect(addresses(remove.filter(isDelete))).toEqual(addresses(add.filter(isCreate)));
        expect(addresses(remove.filter(isUpdate))).toEqual(addresses(add.filter(isUpdate)));
        await tf.apply('remove.tfplan');
        await expectNoChanges(tf, `removing ${config.addition}`);
        expect(await tf.stateList()).toEqual(created);

        // 4. destroy leaves nothing behind, in the state or in the emulator
        const notes = await applyWorkarounds(config, tf, emulator);
        const destroyed = await tf.destroy();
        if (destroyed.code !== 0) throw new Error(`terraform destroy failed:\n${destroyed.stderr.slice(-4000)}`);
        expect(await tf.stateList()).toEqual([]);
        const after = inventory(emulator);
        expect(leftBehind(baseline, after)).toEqual({});
        const orphans = after.orphanedDefaultNetworkAcls.filter((a) => !baseline.orphanedDefaultNetworkAcls.includes(a));
        if (orphans.length > 0) notes.push(`moto kept ${orphans.join(', ')}; AWS deletes a VPC's default network ACL with the VPC`);
        // moto_serial.py answers a repeated create of an identical ACL entry (a retried request): say so when it did
        const repeated = fs.readFileSync(path.join(work, 'moto.log'), 'utf8').split('\n').filter((l) => l.startsWith('moto_serial: repeated'));
        if (repeated.length > 0) notes.push(`the emulator answered ${repeated.length} repeated create(s) of an identical entry: ${repeated.join('; ')}`);

        summaries.push([
          `- ${config.name} (${Math.round((Date.now() - t0) / 1000)} s): ${created.length} resources; ${tf.applies - 1} applies and a destroy, `
            + `${tf.plans} plans (${tf.plans - 2} of them no-op checks)`,
          `  adding ${config.addition}: ${add.filter(isCreate).length} created, ${add.filter(isUpdate).length} updated in place, 0 destroyed or replaced`,
          ...describeUpdates(add).map((u) => `    update: ${u}`),
          ...add.filter(isCreate).map((c) => `    create: ${c.address}`),
          `  removing it: ${remove.filter(isDelete).length} deleted, ${remove.filter(isUpdate).length} updated in place, 0 created`,
          ...config.leftOut.map((l) => `  left out: ${l}`),
          ...notes.map((n) => `  workaround: ${n}`),
        ].join('\n'));
      } catch (e) {
        failed = true;
        (e as Error).message += `\n(terraform log: ${path.join(tf.dir, 'terraform.log')}, moto log: ${path.join(work, 'moto.log')})`;
        throw e;
      } finally {
        await emulator.stop();
        // a failed run keeps its terraform and moto logs
        if (!failed && !process.env.LIFECYCLE_KEEP) fs.rmSync(work, { recursive: true, force: true });
      }
    }, 30 * 60_000);
  });
}
