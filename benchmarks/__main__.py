"""``make bench``: ingest latency and throughput, the rate-limited burst, then classification cost and import time."""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
from pathlib import Path

from benchmarks import burst, classify_latency, ingest_latency


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", choices=("ingest", "burst", "classify"))
    parser.add_argument("--requests", type=int, default=2000, help="requests per message kind (ingest)")
    parser.add_argument("--concurrency", default="1,2,4,8", help="concurrent senders, comma-separated levels (ingest)")
    parser.add_argument("--burst", type=int, default=500, help="distinct numbers sending STOP at once")
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} cores, Python {platform.python_version()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="optout-bench-") as tmp:
        if args.only in (None, "ingest"):
            levels = [int(level) for level in args.concurrency.split(",")]
            print("\ningest: one functions-framework instance; xN = N concurrent senders", flush=True)
            for label, summary in ingest_latency.run(Path(tmp) / "ingest", args.requests, levels).items():
                print(summary.line(label), flush=True)
            print("targets: keyword p99 <= 50 ms, non-keyword p99 <= 10 ms", flush=True)
        if args.only in (None, "burst"):
            print(flush=True)
            for line in burst.run(Path(tmp) / "burst", args.burst).lines():
                print(line, flush=True)
        if args.only in (None, "classify"):
            print(flush=True)
            for line in classify_latency.lines():
                print(line, flush=True)


if __name__ == "__main__":
    main()
