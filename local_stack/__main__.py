"""``make run``: start the whole pipeline locally and wait for Ctrl-C."""

from __future__ import annotations

import signal
import sys
import threading

from common.logs import configure_logging
from local_stack.emulator import EmulatorError
from local_stack.stack import LocalStack, StackSettings


def main() -> int:
    configure_logging()
    settings = StackSettings.from_environment()
    stack = LocalStack(settings)
    stopping = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stopping.set())
    print("Starting the Pub/Sub emulator, Customer.io and both functions ...", flush=True)
    try:
        stack.start()
    except EmulatorError as exc:
        print(f"\nCannot start the Pub/Sub emulator: {exc}", file=sys.stderr)
        return 1
    try:
        customerio = stack.sandbox_url or "the real Customer.io (CUSTOMERIO_* from your environment)"
        print(f"""
twilio-optout is running locally.
  Twilio webhook (ingest):  {stack.webhook_url}
  process (push endpoint):  {stack.process.url}
  Pub/Sub emulator:         {stack.emulator.host}   topic {stack.topology.events.topic}
  dead-letter subscription: {stack.topology.dead_letter_subscription}
  Customer.io:              {customerio}
  logs:                     {stack.logs_dir}/

Try it (another terminal): a signed STOP, then START, for a demo profile:
  .venv/bin/python -m local_stack.demo STOP +15555550100
  .venv/bin/python -m local_stack.demo START +15555550100

Ctrl-C stops everything.""", flush=True)
        stopping.wait()
    finally:
        print("\nStopping ...", flush=True)
        stack.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
