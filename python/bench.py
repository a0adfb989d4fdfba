"""Benchmark: median µs per `clusterfit.validate` call on a ~2 KB cluster description.

    .venv/bin/python python/bench.py [--calls N]

Budget: Python `validate(dict)` ≤ 15 µs median per call.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from typing import Any, Callable, Dict, List

import clusterfit

DOC: Dict[str, Any] = {
    "schemaVersion": 1,
    "name": "prod-ml",
    "provider": "aws",
    "kubernetes": {"version": "1.30", "distribution": "eks", "containerRuntime": "containerd"},
    "availabilityZones": ["us-east-1a", "us-east-1b", "us-east-1c"],
    "network": {
        "vpcCidr": "10.0.0.0/21",
        "subnets": [
            {"name": "private-a", "cidr": "10.0.0.0/24", "type": "private", "zone": "us-east-1a",
             "tags": {"kubernetes.io/role/internal-elb": "1"}},
            {"name": "private-b", "cidr": "10.0.1.0/24", "type": "private", "zone": "us-east-1b",
             "tags": {"kubernetes.io/role/internal-elb": "1"}},
            {"name": "private-c", "cidr": "10.0.2.0/24", "type": "private", "zone": "us-east-1c",
             "tags": {"kubernetes.io/role/internal-elb": "1"}},
            {"name": "public", "cidr": "10.0.7.240/28", "type": "public", "zone": "us-east-1a",
             "tags": {"kubernetes.io/role/elb": "1"}},
        ],
        "dnsSupport": True, "dnsHostnames": True,
        "cni": "aws-vpc-cni", "networkPolicy": "calico",
        "serviceCidr": "172.20.0.0/16", "maxPodsPerNode": 58,
    },
    "nodePools": [
        {"name": "platform", "role": "platform", "instanceType": "m5.2xlarge", "cpu": 8,
         "memory": 32, "bootDisk": 128, "minNodes": 3, "maxNodes": 3,
         "labels": {"dominodatalab.com/node-pool": "platform"}, "os": "ubuntu-20.04"},
        {"name": "compute", "role": "compute", "instanceType": "m5.4xlarge", "cpu": "16",
         "memory": "64Gi", "bootDisk": 128, "minNodes": 1, "maxNodes": 10,
         "labels": {"dominodatalab.com/node-pool": "default"}},
        {"name": "gpu", "role": "gpu", "instanceType": "p3.2xlarge", "gpus": 1, "minNodes": 0,
         "maxNodes": 4, "labels": {"dominodatalab.com/node-pool": "default-gpu"}},
    ],
    "storage": {"blockClass": "kdisk", "sharedClass": "kfs"},
    "storageClasses": [
        {"metadata": {"name": "kdisk"}, "provisioner": "ebs.csi.aws.com",
         "parameters": {"type": "gp3"}, "volumeBindingMode": "WaitForFirstConsumer",
         "allowVolumeExpansion": True, "reclaimPolicy": "Delete"},
        {"metadata": {"name": "kfs"}, "provisioner": "efs.csi.aws.com",
         "parameters": {"provisioningMode": "efs-ap"}},
    ],
    "objectStorage": {"backups": {"type": "s3", "bucket": "acme-ml-backups"},
                      "blob": {"type": "s3", "bucket": "acme-ml-blobs"}},
    "ingress": {
        "fqdn": "ml.example.com",
        "tls": {"certificateSans": ["ml.example.com", "*.ml.example.com"]},
        "loadBalancer": {"tlsTermination": True,
                         "listeners": [{"port": 80, "targetPort": 80},
                                       {"port": 443, "targetPort": 80}],
                         "websockets": True, "xForwardedProto": True,
                         "healthCheck": {"protocol": "HTTP", "port": 80, "path": "/healthz"}},
    },
    "addons": {"superset": True, "airbyte": False},
    "ntp": True,
}


def median_us(fn: Callable[[], object], calls: int, rounds: int = 7) -> float:
    """Median over `rounds` of the mean time per call of `calls` calls, in µs."""
    for _ in range(min(calls, 1000)):  # warm up
        fn()
    samples: List[float] = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(calls):
            fn()
        samples.append((time.perf_counter() - start) / calls * 1e6)
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=20000)
    args = parser.parse_args()
    text = json.dumps(DOC)
    report = clusterfit.validate(DOC)
    print(f"clusterfit {clusterfit.__version__}: document {len(text)} bytes of JSON, "
          f"{len(report.findings)} findings")
    results = {
        "validate(dict)": median_us(lambda: clusterfit.validate(DOC), args.calls),
        "validate(str)": median_us(lambda: clusterfit.validate(text), args.calls),
        "validate(dict).findings": median_us(lambda: clusterfit.validate(DOC).findings, args.calls),
        "json.dumps(dict) alone": median_us(lambda: json.dumps(DOC), args.calls),
        "json.loads(str) alone": median_us(lambda: json.loads(text), args.calls),
    }
    for name, us in results.items():
        print(f"  {name:<26} {us:7.2f} µs median per call")
    budget = 15.0
    verdict = "within" if results["validate(dict)"] <= budget else "OVER"
    print(f"validate(dict): {verdict} the {budget:g} µs budget")


if __name__ == "__main__":
    main()
