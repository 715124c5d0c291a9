"""moto_server answering one request at a time, for the lifecycle tests.

moto's EC2 models are not safe under concurrent requests: a security group keeps its rules in a list that
RevokeSecurityGroupIngress rebuilds from what it read, so two revokes (or a revoke and an authorize) at once can
lose or resurrect a rule, and terraform then gets InvalidPermission.NotFound for a rule it created. Terraform sends
up to ten requests at once; serving them in turn keeps terraform's own parallelism and makes the emulator's answers
deterministic. Each request takes milliseconds, so the lifecycle's time does not change measurably.

Usage: python3 moto_serial.py HOST PORT
"""
import os
import sys

from moto.moto_server.werkzeug_app import DomainDispatcherApplication, create_backend_app
from werkzeug.serving import run_simple

host, port = sys.argv[1], int(sys.argv[2])
os.environ.setdefault("MOTO_PORT", str(port))
run_simple(host, port, DomainDispatcherApplication(create_backend_app), threaded=False)
