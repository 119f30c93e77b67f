"""``make run``: start the whole pipeline locally and wait for Ctrl-C."""

from __future__ import annotations

import sys

from common.logs import configure_logging
from local_stack.emulator import EmulatorError
from local_stack.signals import ignore_stop_signals, interrupt_on_stop_signals, wait_for_stop_signal
from local_stack.stack import SANDBOX_CREDENTIALS, LocalStack, StackSettings


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

Look around (copy as they are; the environment is filled in for this stack):
{_look_around(stack)}

Ctrl-C stops everything."""


def _look_around(stack: LocalStack) -> str:
    """The operator commands, ready to paste, against this local stack."""
    pubsub = f"PUBSUB_EMULATOR_HOST={stack.emulator.host}"
    lines = [
        "  # the dead letters (an event for a number without a profile lands here):",
        f"  {pubsub} .venv/bin/python -m optout dlq list"
        f" --subscription {stack.topology.dead_letter_subscription}",
        "  # one signed STOP and START through ingest, waiting until Customer.io shows each:",
    ]
    smoke_env = f"TWILIO_AUTH_TOKEN={stack.settings.twilio_auth_token}"
    if stack.sandbox_url:
        smoke_env += f" CUSTOMERIO_APP_API_KEY={SANDBOX_CREDENTIALS['CUSTOMERIO_APP_API_KEY']}" \
                     f" CUSTOMERIO_APP_URL={stack.sandbox_url}"
    lines.append(f"  {smoke_env} .venv/bin/python -m optout smoke --url {stack.webhook_url} --start --wait")
    return "\n".join(lines)

if __name__ == "__main__":
    sys.exit(main())
