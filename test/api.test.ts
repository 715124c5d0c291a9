// The public API's shape where plumbing used to leak: route targets and ACL options look the same in both frameworks.
import * as fs from 'fs';
import * as path from 'path';
import { Stack } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { TerraformLocal, TerraformStack, Testing } from 'cdktf';
import { awscdk, cdktf, TwilioCatalog } from '../src';
import { TWILIO_SOURCES } from '../src/catalog/sources';

describe('InterconnectRouteTarget', () => {
  test('an enum-like class: static factories, a target ID, dependsOn as a list in both submodules, no public routeProperty', () => {
    const stack = new Stack();
    const attachment = new ec2.CfnTransitGatewayAttachment(stack, 'A', { transitGatewayId: 'tgw-0123456789abcdef0', vpcId: 'vpc-0123456789abcdef0', subnetIds: [] });
    const cdk = awscdk.InterconnectRouteTarget.transitGateway('tgw-0123456789abcdef0', [attachment]);
    const attachmentTf = new TerraformLocal(new TerraformStack(Testing.app(), 't'), 'attachment', 'x');
    const tf = cdktf.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0', [attachmentTf]);
    expect(cdk.targetId).toBe('tgw-0123456789abcdef0');
    expect(cdk.dependsOn).toEqual([attachment]);
    expect(tf.dependsOn).toEqual([attachmentTf]);
    expect(awscdk.InterconnectRouteTarget.virtualPrivateGateway('vgw-0123456789abcdef0').dependsOn).toEqual([]);
    for (const target of [cdk, tf]) {
      expect(Object.keys(target).filter((k) => !k.startsWith('_')).sort()).toEqual(['dependsOn', 'targetId']);
      expect('routeProperty' in target).toBe(false);
    }
  });
});

describe('package freshness', () => {
  test('package.json carries the date the catalog was last checked against Twilio\'s pages, the same as TwilioCatalog.lastChecked()', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8'));
    expect(pkg.twilioCatalog.checked).toBe(TwilioCatalog.lastChecked());
    expect(pkg.twilioCatalog.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // package.json is written by projen from the same source register: run `npx projen` after changing it.
    expect(pkg.twilioCatalog.sources).toEqual(Object.values(TWILIO_SOURCES).map((s) => s.url));
    expect(pkg.version).toMatch(/^0\./);
  });
});

describe('the 1.0 surface (api-baseline/.jsii, which `api:check` holds the build to)', () => {
  const assembly = JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'api-baseline', '.jsii'), 'utf8'));
  const types = Object.entries(assembly.types as Record<string, { name: string; kind: string; abstract?: boolean }>)
    .map(([fqn, t]) => ({ fqn, ...t, submodule: fqn.split('.').length > 2 ? fqn.split('.')[1] : 'root' }));

  test('at most 50 types in the root and 16 in each framework submodule', () => {
    const count = (submodule: string) => types.filter((t) => t.submodule === submodule).length;
    expect(count('root')).toBeLessThanOrEqual(50);
    for (const submodule of ['awscdk', 'cdktf', 'cdktn']) {
      expect(count(submodule)).toBeGreaterThan(0);
      expect(count(submodule)).toBeLessThanOrEqual(16);
    }
  });

  test('no exported abstract class, and no type name both in the root and in a submodule', () => {
    expect(types.filter((t) => t.kind === 'class' && t.abstract).map((t) => t.fqn)).toEqual([]);
    const root = new Set(types.filter((t) => t.submodule === 'root').map((t) => t.name));
    expect(types.filter((t) => t.submodule !== 'root' && root.has(t.name)).map((t) => t.fqn)).toEqual([]);
  });
});
