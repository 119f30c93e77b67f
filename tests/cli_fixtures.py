"""Helpers for the operator CLI's tests: run it, start a private stack or emulator, poll, pull.

Imported explicitly by the ``test_cli_*`` modules (the shared ``conftest.py``
is the lead's). Each module starts its own stack or emulator on free ports
and puts the process environment back afterwards, so the session-wide stack
of the other integration tests keeps talking to its own emulator.
"""

from __future__ import annotations

import contextlib
import io
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from google.cloud import pubsub_v1

from local_stack import topology
from local_stack.emulator import PubsubEmulator
from local_stack.stack import LocalStack, StackSettings, free_port
from optout.cli import main
from tests.pipeline import wait_for

REPO_ROOT = Path(__file__).resolve().parent.parent

# Few quick attempts: failure paths end in seconds (production values live in terraform/).
FAST_DELIVERY = topology.DeliverySettings(max_delivery_attempts=5, min_backoff_s=1, max_backoff_s=2,
                                          ack_deadline_s=30)


@dataclass(frozen=True)
class CliRun:
    status: int
    stdout: str
    stderr: str


def run_cli(argv: list[str], env: Mapping[str, str] | None = None) -> CliRun:
    """The CLI in this process (fast); its Google clients see ``os.environ``."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(["--no-progress", *argv], dict(os.environ if env is None else env))
        except SystemExit as exit_:  # argparse errors
            status = exit_.code
    return CliRun(status, out.getvalue(), err.getvalue())


def run_cli_process(argv: list[str], env: Mapping[str, str], timeout_s: float = 60) -> CliRun:
    """``python -m optout`` as an operator runs it: a real exit status, stderr as printed."""
    result = subprocess.run([sys.executable, "-m", "optout", "--no-progress", *argv], cwd=REPO_ROOT,
                            env={**env, "PYTHONPATH": str(REPO_ROOT)}, capture_output=True, text=True,
                            timeout=timeout_s)
    return CliRun(result.returncode, result.stdout, result.stderr)


@contextlib.contextmanager
def restored_environ() -> Iterator[None]:
    saved = dict(os.environ)
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextlib.contextmanager
def private_stack(work_dir: Path, **overrides) -> Iterator[LocalStack]:
    """A whole local pipeline of the caller's own (emulator, sandbox, ingest, process)."""
    settings = StackSettings.on_free_ports(work_dir=work_dir, sandbox_app_rps=0, sandbox_track_rps=0,
                                           delivery=FAST_DELIVERY, **overrides)
    with restored_environ(), LocalStack(settings) as stack:
        yield stack


@contextlib.contextmanager
def private_emulator(work_dir: Path, project: str = "optout-cli-test") -> Iterator[PubsubEmulator]:
    emulator = PubsubEmulator(free_port(), project, work_dir / "pubsub-data", work_dir / "pubsub-emulator.log")
    with restored_environ(), emulator:
        os.environ.update(emulator.environ())
        yield emulator


class PullSubscription:
    """A test's own pull subscription on a topic: sees what is published after it was made."""

    def __init__(self, project: str, topic: str, ordered: bool = False) -> None:
        self._subscriber = pubsub_v1.SubscriberClient()
        self.name = f"projects/{project}/subscriptions/cli-test-{uuid.uuid4().hex[:12]}"
        self._subscriber.create_subscription(request={
            "name": self.name, "topic": topic, "ack_deadline_seconds": 60, "enable_message_ordering": ordered,
        })

    def pull(self, wait_s: float = 1.0) -> list[pubsub_v1.types.PubsubMessage]:
        response = self._subscriber.pull(request={"subscription": self.name, "max_messages": 1000},
                                         timeout=wait_s + 1)
        if response.received_messages:
            self._subscriber.acknowledge(request={
                "subscription": self.name, "ack_ids": [m.ack_id for m in response.received_messages]})
        return [m.message for m in response.received_messages]

    def pull_until(self, count: int, timeout_s: float = 30.0) -> list[pubsub_v1.types.PubsubMessage]:
        received: list = []

        def enough() -> bool:
            received.extend(self.pull())
            return len(received) >= count

        wait_for(enough, timeout_s, f"{count} messages on {self.name}")
        return received

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self._subscriber.delete_subscription(request={"subscription": self.name})
        self._subscriber.close()
