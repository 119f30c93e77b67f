"""The CLI's expected failures: one line on stderr, a distinct exit status, never a traceback."""

from __future__ import annotations

import os

import pytest

from local_stack.stack import free_port
from tests.cli_fixtures import run_cli, run_cli_process

pytestmark = pytest.mark.timeout(60)

CLEAN = {k: v for k, v in os.environ.items() if not k.startswith(("PUBSUB_", "TWILIO_", "CUSTOMERIO_", "GOOGLE_"))}


@pytest.mark.parametrize("argv", [
    [], ["dlq"], ["dlq", "list"], ["dlq", "replay"], ["dlq", "purge"], ["twilio"], ["twilio", "configure"],
    ["twilio", "backfill"], ["smoke"],
])
def test_every_command_has_help(argv):
    result = run_cli([*argv, "--help"], env=CLEAN)

    assert result.status == 0
    assert "usage: python -m optout" in result.stdout


def test_unreachable_pubsub_exits_5_without_traceback():
    env = {**CLEAN, "PUBSUB_EMULATOR_HOST": f"127.0.0.1:{free_port()}"}

    result = run_cli_process(["dlq", "list", "--subscription", "projects/p-1/subscriptions/dead-letters",
                              "--timeout", "1", "--pull-wait", "1"], env)

    assert result.status == 5
    assert result.stderr.startswith("error: ") and "did not answer" in result.stderr
    assert "Traceback" not in result.stderr


def test_short_subscription_name_without_project_is_a_usage_error():
    result = run_cli(["dlq", "list", "--subscription", "dead-letters"], env=CLEAN)

    assert result.status == 2
    assert "--project" in result.stderr


def test_missing_twilio_credentials_are_a_usage_error():
    result = run_cli(["twilio", "configure", "--number", "+15005550006", "--url", "https://x.example/"], env=CLEAN)

    assert result.status == 2
    assert "TWILIO_ACCOUNT_SID" in result.stderr


def test_smoke_against_nothing_listening_exits_5():
    env = {**CLEAN, "TWILIO_AUTH_TOKEN": "token"}

    result = run_cli_process(["smoke", "--url", f"http://127.0.0.1:{free_port()}/"], env)

    assert result.status == 5
    assert "cannot reach" in result.stderr and "Traceback" not in result.stderr
