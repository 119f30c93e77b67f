"""``make run``: start the whole pipeline locally and wait for Ctrl-C."""

from __future__ import annotations

import sys

from common.logs import configure_logging
from local_stack.emulator import EmulatorError
from local_stack.signals import ignore_stop_signals, interrupt_on_stop_signals, wait_for_stop_signal
from local_stack.stack import LocalStack, StackSettings


def main() -> int:
    configure_logging()
    interrupt_on_stop_signals()
    stack = LocalStack(StackSettings.from_environment())
    print("Starting the Pub/Sub emulator, Customer.io, both functions and the push forwarder ...", flush=True)
    try:
        stack.start()
        print(_banner(stack), flush=True)
        wait_for_stop_signal()
    except EmulatorError as exc:
        print(f"\nCannot start the Pub/Sub emulator: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        pass
    finally:
        ignore_stop_signals()
        print("\nStopping ...", flush=True)
        stack.stop()
    return 0


def _banner(stack: LocalStack) -> str:
    d = stack.settings.delivery
    customerio = stack.sandbox_url or "the real Customer.io (CUSTOMERIO_* from your environment)"
    return f"""
twilio-optout is running locally.
  Twilio webhook (ingest):  {stack.webhook_url}
  process (push endpoint):  {stack.process.url}
  Pub/Sub emulator:         {stack.emulator.host}   topic {stack.topology.events.topic}
  push forwarder:           {stack.topology.events.subscription} -> process,
                            {d.window} pushes at once, one per number, {d.max_delivery_attempts} attempts
  dead-letter subscription: {stack.topology.dead_letter_subscription}
  Customer.io:              {customerio}
  logs:                     {stack.logs_dir}/

Try it (another terminal): a signed STOP, then START, for a demo profile:
  .venv/bin/python -m local_stack.demo STOP +15555550100
  .venv/bin/python -m local_stack.demo START +15555550100

Ctrl-C stops everything."""

if __name__ == "__main__":
    sys.exit(main())
