"""``python -m local_stack.customerio_sandbox``: serve until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..signals import ignore_stop_signals, interrupt_on_stop_signals, wait_for_stop_signal
from .server import CustomerIOSandbox
from .state import ATTRIBUTES_SHAPES, REGIONS, SEEDS


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m local_stack.customerio_sandbox",
                                     description="Local Customer.io Track and App API.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8090, help="0 picks a free port")
    parser.add_argument("--site-id", default="sandbox-site")
    parser.add_argument("--track-api-key", default="sandbox-track-key")
    parser.add_argument("--app-api-key", default="sandbox-app-key")
    parser.add_argument("--region", choices=REGIONS, default="us")
    parser.add_argument("--environment-id", type=int, default=1)
    parser.add_argument("--seed", choices=SEEDS, default="demo")
    parser.add_argument("--phone-attribute", default="phone")
    parser.add_argument("--app-rps", type=float, default=10, help="0 = unlimited")
    parser.add_argument("--track-rps", type=float, default=100, help="0 = unlimited")
    parser.add_argument("--attributes-shape", choices=ATTRIBUTES_SHAPES, default="wrapped",
                        help="items of the attributes answer: wrapped in {customer: ...} or plain")
    parser.add_argument("--access-log", action="store_true", help="log every request to stderr")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    interrupt_on_stop_signals()
    sandbox = CustomerIOSandbox(
        host=args.host, port=args.port, site_id=args.site_id, track_api_key=args.track_api_key,
        app_api_key=args.app_api_key, region=args.region, environment_id=args.environment_id,
        app_rps=args.app_rps, track_rps=args.track_rps, seed=args.seed,
        phone_attribute=args.phone_attribute, access_log=args.access_log,
        attributes_shape=args.attributes_shape,
    ).start()
    try:
        # The one line a parent process waits for; inside the try, since a stop
        # signal may follow it at once.
        print(f"customerio-sandbox listening on {sandbox.url}", flush=True)
        wait_for_stop_signal()
    except KeyboardInterrupt:
        pass
    finally:
        ignore_stop_signals()
        sandbox.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
