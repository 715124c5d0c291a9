"""Prints, as JSON, the IDs of every EC2 resource the lifecycle tests can create, as the emulator reports them.

Usage: python3 inventory.py ENDPOINT_URL REGION. Talks to the AWS API emulator only (test credentials)."""
import json
import sys

import boto3

endpoint, region = sys.argv[1], sys.argv[2]
ec2 = boto3.client('ec2', endpoint_url=endpoint, region_name=region, aws_access_key_id='test', aws_secret_access_key='test')


def ids(method, key, id_key, alive=lambda item: True, **kwargs):
    items = getattr(ec2, method)(**kwargs)[key]
    return sorted(item[id_key] for item in items if alive(item))


gone = ('deleted', 'deleting', 'failed', 'rejected')
vpcs = ids('describe_vpcs', 'Vpcs', 'VpcId')
acls = ec2.describe_network_acls()['NetworkAcls']
# moto keeps a VPC's default network ACL after the VPC is deleted (AWS deletes it with the VPC): listed apart
orphaned = [a for a in acls if a['IsDefault'] and a['VpcId'] not in vpcs]
acls = [a for a in acls if a not in orphaned]
print(json.dumps({
    'orphanedDefaultNetworkAcls': sorted(f"{a['NetworkAclId']} (default ACL of deleted {a['VpcId']})" for a in orphaned),
    'vpcs': vpcs,
    'subnets': ids('describe_subnets', 'Subnets', 'SubnetId'),
    'securityGroups': ids('describe_security_groups', 'SecurityGroups', 'GroupId'),
    'securityGroupRules': ids('describe_security_group_rules', 'SecurityGroupRules', 'SecurityGroupRuleId'),
    'networkAcls': sorted(a['NetworkAclId'] for a in acls),
    'networkAclEntries': sorted(f"{a['NetworkAclId']}:{'out' if e['Egress'] else 'in'}:{e['RuleNumber']}" for a in acls for e in a['Entries']),
    'routeTables': ids('describe_route_tables', 'RouteTables', 'RouteTableId'),
    'routes': sorted(f"{t['RouteTableId']}:{r.get('DestinationCidrBlock')}"
                     for t in ec2.describe_route_tables()['RouteTables'] for r in t['Routes']),
    'transitGateways': ids('describe_transit_gateways', 'TransitGateways', 'TransitGatewayId', lambda t: t['State'] not in gone),
    'transitGatewayAttachments': ids('describe_transit_gateway_vpc_attachments', 'TransitGatewayVpcAttachments', 'TransitGatewayAttachmentId',
                                     lambda a: a['State'] not in gone),
}, indent=1))
