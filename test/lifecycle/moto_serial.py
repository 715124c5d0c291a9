"""moto_server answering one request at a time, for the lifecycle tests.

moto's EC2 models are not safe under concurrent requests: a security group keeps its rules in a list that
RevokeSecurityGroupIngress rebuilds from what it read, so two revokes (or a revoke and an authorize) at once can
lose or resurrect a rule, and terraform then gets InvalidPermission.NotFound for a rule it created. Terraform sends
up to ten requests at once; serving them in turn keeps terraform's own parallelism and makes the emulator's answers
deterministic. Each request takes milliseconds, so the lifecycle's time does not change measurably.

A repeated CreateNetworkAclEntry for an entry that already exists with exactly the same fields is answered with
that entry instead of NetworkAclEntryAlreadyExists, and logged ("moto_serial: repeated CreateNetworkAclEntry ...")
for the lifecycle test to report: once in CI the AWS provider's SDK sent a create again for an entry the same apply
had just created (its first answer lost on the way), and the run failed on the emulator's transport, not on the
plan. An entry with the same number but other fields is still refused, as AWS refuses it.

Usage: python3 moto_serial.py HOST PORT
"""
import os
import sys

from moto.ec2.models.network_acls import NetworkAclBackend
from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

_create_entry = NetworkAclBackend.create_network_acl_entry


def _create_entry_once(self, network_acl_id, rule_number, protocol, rule_action, egress, cidr_block, icmp_code,
                       icmp_type, port_range_from, port_range_to, ipv6_cidr_block):
    wanted = [str(v) for v in (protocol, rule_action, cidr_block, port_range_from, port_range_to, ipv6_cidr_block)]
    for entry in self.get_network_acl(network_acl_id).network_acl_entries:
        if entry.egress == egress and str(entry.rule_number) == str(rule_number):
            have = [str(v) for v in (entry.protocol, entry.rule_action, entry.cidr_block, entry.port_range_from,
                                     entry.port_range_to, entry.ipv6_cidr_block)]
            if have == wanted:
                print(f"moto_serial: repeated CreateNetworkAclEntry {network_acl_id} {'egress' if egress else 'ingress'} "
                      f"{rule_number} {cidr_block}: answered with the existing, identical entry", file=sys.stderr, flush=True)
                return entry
    return _create_entry(self, network_acl_id, rule_number, protocol, rule_action, egress, cidr_block, icmp_code,
                         icmp_type, port_range_from, port_range_to, ipv6_cidr_block)


NetworkAclBackend.create_network_acl_entry = _create_entry_once

host, port = sys.argv[1], int(sys.argv[2])
os.environ.setdefault("MOTO_PORT", str(port))
run_simple(host, port, DomainDispatcherApplication(create_backend_app), threaded=False)
