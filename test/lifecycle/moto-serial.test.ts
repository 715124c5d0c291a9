// The emulator the lifecycle tests run against (moto_serial.py): a repeated CreateNetworkAclEntry for an identical
// entry is answered with that entry and logged, as a retried request whose first answer was lost; an entry with the
// same number and other fields is still refused, as AWS refuses it. Skipped, with the reason, where moto is missing.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { emulatorSkipReason, startMoto } from './emulator';

const skipReason = emulatorSkipReason();
if (skipReason) console.log(`SKIPPED the emulator's repeated-create test: ${skipReason}.`);

(skipReason ? test.skip : test)('an identical repeated network ACL entry is answered and logged; a different one with the same number is refused', async () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tvn-moto-serial-'));
  const log = path.join(work, 'moto.log');
  const emulator = await startMoto(log);
  try {
    const script = `
import boto3, json, sys
ec2 = boto3.client('ec2', endpoint_url=sys.argv[1], region_name=sys.argv[2], aws_access_key_id='test', aws_secret_access_key='test')
vpc = ec2.create_vpc(CidrBlock='10.30.0.0/16')['Vpc']['VpcId']
acl = ec2.create_network_acl(VpcId=vpc)['NetworkAcl']['NetworkAclId']
entry = dict(NetworkAclId=acl, RuleNumber=680, Protocol='17', RuleAction='allow', Egress=True, CidrBlock='52.215.253.0/26', PortRange={'From': 3478, 'To': 3478})
ec2.create_network_acl_entry(**entry)
ec2.create_network_acl_entry(**entry)
try:
    ec2.create_network_acl_entry(**{**entry, 'CidrBlock': '52.215.127.0/24'})
    other = 'accepted'
except ec2.exceptions.ClientError as e:
    other = e.response['Error']['Code']
entries = [e for e in ec2.describe_network_acls(NetworkAclIds=[acl])['NetworkAcls'][0]['Entries'] if e['RuleNumber'] == 680]
print(json.dumps({'other': other, 'entries': len(entries)}))
`;
    const r = spawnSync('python3', ['-c', script, emulator.endpoint, emulator.region], { encoding: 'utf8', timeout: 60_000 });
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ other: 'NetworkAclEntryAlreadyExists', entries: 1 });
    expect(fs.readFileSync(log, 'utf8')).toMatch(/moto_serial: repeated CreateNetworkAclEntry acl-\w+ egress 680 52\.215\.253\.0\/26: answered with the existing, identical entry/);
  } finally {
    await emulator.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
}, 120_000);
