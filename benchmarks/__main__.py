"""``make bench``: ingest latency and throughput, opt-out bursts, a lone STOP's latency,
classification cost and import time.

    python -m benchmarks                       # everything
    python -m benchmarks burst --sizes 500     # one part alone, e.g. a quick re-run
    python -m benchmarks lone --count 20
    python -m benchmarks classify
"""

from __future__ import annotations

import argparse
import os
import platform
import tempfile
import time
from pathlib import Path

from benchmarks import burst, classify_latency, ingest_latency, lone_stop
from local_stack.stack import LocalStack

PARTS = ("ingest", "burst", "lone", "classify")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("parts", nargs="*", metavar="part", help=f"any of {', '.join(PARTS)} (default: all)")
    parser.add_argument("--requests", type=int, default=2000, help="requests per message kind (ingest)")
    parser.add_argument("--concurrency", default="1,2,4,8", help="concurrent senders, comma-separated levels (ingest)")
    parser.add_argument("--sizes", default="500,5000", help="burst sizes: distinct numbers sending STOP at once")
    parser.add_argument("--modes", default="live,backlog",
                        help="burst modes: live (delivered while ingest takes them), backlog (all on the topic first)")
    parser.add_argument("--count", type=int, default=50, help="lone STOPs sent one at a time")
    args = parser.parse_args()
    unknown = set(args.parts) - set(PARTS)
    if unknown:
        parser.error(f"unknown part(s) {', '.join(sorted(unknown))}; choose from {', '.join(PARTS)}")
    parts = args.parts or list(PARTS)
    started = time.monotonic()
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}, "
          f"Python {platform.python_version()}", flush=True)
    with tempfile.TemporaryDirectory(prefix="optout-bench-") as tmp:
        if "ingest" in parts:
            levels = [int(level) for level in args.concurrency.split(",")]
            print("\ningest: one functions-framework instance; xN = N concurrent senders", flush=True)
            for label, summary in ingest_latency.run(Path(tmp) / "ingest", args.requests, levels).items():
                print(summary.line(label), flush=True)
            print("targets: keyword p99 <= 50 ms, non-keyword p99 <= 10 ms", flush=True)
        if "burst" in parts or "lone" in parts:
            with LocalStack(burst.bench_settings(Path(tmp) / "pipeline")) as stack:
                if "burst" in parts:
                    for size in (int(s) for s in args.sizes.split(",")):
                        for mode in args.modes.split(","):
                            print(flush=True)
                            result = burst.burst(stack, size, backlog=mode == "backlog")
                            for line in result.lines():
                                print(line, flush=True)
                if "lone" in parts:
                    summary = lone_stop.lone_stops(stack, args.count)
                    print(f"\nlone STOP, webhook to attribute changed, one number at a time "
                          f"(load average {os.getloadavg()[0]:.1f})", flush=True)
                    print(summary.line(f"lone STOP x{args.count}"), flush=True)
        if "classify" in parts:
            print(flush=True)
            for line in classify_latency.lines():
                print(line, flush=True)
    print(f"\nbenchmark run took {time.monotonic() - started:.0f} s", flush=True)


if __name__ == "__main__":
    main()
