"""``python -m optout smoke`` against a private local stack, end to end with ``--wait`` on the sandbox."""

from __future__ import annotations

import json
import os
import shlex

import pytest

from local_stack.customerio_sandbox import SandboxAdmin
from local_stack.stack import SANDBOX_CREDENTIALS
from local_stack.__main__ import _look_around
from tests.cli_fixtures import private_stack, run_cli, run_cli_process

pytestmark = [pytest.mark.timeout(120), pytest.mark.integration]


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    with private_stack(tmp_path_factory.mktemp("cli-smoke-stack"), sandbox_seed="none") as running:
        yield running


def smoke_env(stack, **extra: str) -> dict[str, str]:
    return {**os.environ, "TWILIO_AUTH_TOKEN": stack.settings.twilio_auth_token,
            "CUSTOMERIO_APP_API_KEY": SANDBOX_CREDENTIALS["CUSTOMERIO_APP_API_KEY"],
            "CUSTOMERIO_APP_URL": stack.sandbox_url, **extra}


def test_smoke_stop_then_start_waits_until_every_profile_shows_each_and_reports_latency(stack):
    sandbox = SandboxAdmin(stack.sandbox_url)
    number = "+15555019001"
    cio_ids = [sandbox.add_person(id="smoke-a", attributes={"phone": number}),
               sandbox.add_person(email="smoke-b@example.test", attributes={"phone": number})]

    result = run_cli(["smoke", "--url", stack.webhook_url, "--number", number, "--start", "--wait", "--json"],
                     smoke_env(stack))

    assert result.status == 0, result.stderr
    steps = json.loads(result.stdout)["steps"]
    assert [(s["keyword"], s["status"], s["profiles"]) for s in steps] == [("STOP", 200, 2), ("START", 200, 2)]
    assert all(0 < s["latency_s"] < 30 for s in steps)
    assert all(sandbox.person(cio_id).attributes["sms_unsubscribe"] is False for cio_id in cio_ids)


def test_smoke_without_wait_reports_ingests_answer(stack):
    result = run_cli(["smoke", "--url", stack.webhook_url, "--number", "+15555019002"], smoke_env(stack))

    assert result.status == 0, result.stderr
    assert result.stdout.startswith("STOP: ingest answered 200")


def test_smoke_signed_with_the_wrong_token_exits_non_zero_with_the_403(stack):
    result = run_cli(["smoke", "--url", stack.webhook_url], smoke_env(stack, TWILIO_AUTH_TOKEN="not-the-token"))

    assert result.status == 1
    assert "STOP: ingest answered 403" in result.stdout and "403" in result.stderr


def test_smoke_wait_for_a_number_without_profile_fails_before_sending(stack):
    result = run_cli(["smoke", "--url", stack.webhook_url, "--number", "+15555019003", "--wait"], smoke_env(stack))

    assert result.status == 4
    assert "no Customer.io profile" in result.stderr and "ingest answered" not in result.stdout


def test_smoke_wait_with_a_wrong_app_api_key_exits_3(stack):
    SandboxAdmin(stack.sandbox_url).add_person(id="smoke-c", attributes={"phone": "+15555019004"})

    result = run_cli(["smoke", "--url", stack.webhook_url, "--number", "+15555019004", "--wait"],
                     smoke_env(stack, CUSTOMERIO_APP_API_KEY="wrong-key"))

    assert result.status == 3, result.stderr


def test_the_commands_make_run_prints_work_as_printed(stack):
    SandboxAdmin(stack.sandbox_url).add_person(id="banner-demo", attributes={"phone": "+15555550100"})
    commands = [line.strip() for line in _look_around(stack).splitlines() if ".venv/bin/python" in line]
    assert [c.split(" -m optout ")[1].split()[0] for c in commands] == ["dlq", "smoke"]

    for command in commands:
        words = shlex.split(command)
        program = words.index(".venv/bin/python")
        env = dict(word.split("=", 1) for word in words[:program])
        assert words[program + 1 : program + 3] == ["-m", "optout"]
        # Only what the line itself sets: nothing leaks in from this test's environment.
        bare = {k: v for k, v in os.environ.items() if not k.startswith(("PUBSUB_", "TWILIO_", "CUSTOMERIO_"))}
        result = run_cli_process(words[program + 3 :], {**bare, **env})
        assert result.status == 0, (command, result.stderr)
