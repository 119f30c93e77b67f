"""``python -m optout dlq``: list, replay and purge against the real emulator and pipeline.

The dead letters are made by the real pipeline: signed STOP/START requests
for numbers no Customer.io profile has (``process`` dead-letters them as
no_matching_profile) and garbage published to the events topic
(malformed_event). The tests share one stack and run in file order: list,
then replay (which empties no_matching_profile), then purge.
"""

from __future__ import annotations

import json
import os

import pytest
from google.cloud import pubsub_v1

from common.event import OptEvent
from common.logs import mask_phone
from local_stack.customerio_sandbox import SandboxAdmin
from optout.twilio_webhook import inbound_sms, post_signed
from optout.deadletters import DeadLetterQueue
from tests.cli_fixtures import PullSubscription, private_stack, run_cli, run_cli_process, wait_for

pytestmark = [pytest.mark.timeout(120), pytest.mark.integration]

NUMBERS = {"+15555017001": "STOP", "+15555017002": "STOP", "+15555017003": "START"}
GARBAGE = (b"not json at all", b'{"version": 1, "action": "opt_out"}')


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    with private_stack(tmp_path_factory.mktemp("cli-dlq-stack"), sandbox_seed="none") as running:
        yield running


@pytest.fixture(scope="module")
def dead_lettered(stack) -> dict[str, bytes]:
    """Makes 3 no_matching_profile and 2 malformed_event dead letters; returns the events' bytes by number."""
    for number, body in NUMBERS.items():
        answer = post_signed(stack.webhook_url, inbound_sms(number, body), stack.settings.twilio_auth_token)
        assert answer.status_code == 200
    publisher = pubsub_v1.PublisherClient()
    for garbage in GARBAGE:
        publisher.publish(stack.topology.events.topic, garbage).result(timeout=10)

    def all_five():
        letters = peek(stack)
        return letters if len(letters) == 5 else None

    letters = wait_for(all_five, 60, "5 dead letters from the pipeline")
    return {letter.event.phone: letter.data for letter in letters if letter.event}


def peek(stack) -> list:
    with DeadLetterQueue(stack.topology.dead_letter_subscription, pull_wait_s=1) as queue:
        return list(queue.scan())


def dlq(stack, *argv: str):
    return run_cli(["dlq", *argv, "--subscription", stack.topology.dead_letter_subscription, "--pull-wait", "1.5"],
                   env={**os.environ, "PUBSUB_TOPIC": stack.topology.events.topic})


def listed(stack) -> dict:
    result = dlq(stack, "list", "--json")
    assert result.status == 0, result.stderr
    return json.loads(result.stdout)


def test_list_shows_each_dead_letter_masked_with_a_count_by_reason_and_keeps_them(stack, dead_lettered):
    first = listed(stack)

    assert first["count_by_reason"] == {"malformed_event": 2, "no_matching_profile": 3}
    rows = {row["message_sid"]: row for row in first["dead_letters"] if row["phone"]}
    assert sorted(row["phone"] for row in rows.values()) == sorted(mask_phone(n) for n in NUMBERS)
    assert all(row["message_sid"].startswith("SM") and row["action"] in ("opt_out", "opt_in") for row in rows.values())
    assert all(not row["replayable"] for row in first["dead_letters"] if row["reason"] == "malformed_event")
    # Listing acknowledges nothing: a second listing sees the very same messages at once.
    again = listed(stack)
    assert {r["message_id"] for r in again["dead_letters"]} == {r["message_id"] for r in first["dead_letters"]}


def test_list_table_shows_masked_numbers_never_whole_ones(stack, dead_lettered):
    result = dlq(stack, "list")

    assert result.status == 0
    header = result.stdout.splitlines()[0]
    for column in ("time (UTC)", "number", "action", "reason", "attempts", "MessageSid"):
        assert column in header
    assert mask_phone("+15555017001") in result.stdout
    assert not any(number in result.stdout for number in NUMBERS)
    assert "no_matching_profile  3" in result.stdout and "total" in result.stdout


def test_replay_dry_run_republishes_and_removes_nothing(stack, dead_lettered):
    before = listed(stack)

    result = dlq(stack, "replay", "--reason", "no_matching_profile", "--dry-run")

    assert result.status == 0, result.stderr
    assert "would replay 3 of 3" in result.stdout
    assert listed(stack)["count_by_reason"] == before["count_by_reason"]


def test_replay_applies_the_original_events_once_profiles_exist_and_empties_that_reason(stack, dead_lettered):
    sandbox = SandboxAdmin(stack.sandbox_url)
    cio_ids = {number: sandbox.add_person(email=f"{number[1:]}@example.test", attributes={"phone": number})
               for number in NUMBERS}
    events_topic = PullSubscription(stack.settings.project, stack.topology.events.topic)
    try:
        result = dlq(stack, "replay", "--reason", "no_matching_profile")

        assert result.status == 0, result.stderr
        assert "replayed 3 of 3" in result.stdout
        # Republished unchanged: the same bytes, so the same received_at and _timestamp.
        republished = events_topic.pull_until(3)
    finally:
        events_topic.close()
    assert sorted(m.data for m in republished) == sorted(dead_lettered.values())
    assert {m.ordering_key for m in republished} == set(NUMBERS)

    def applied():
        people = {p.cio_id: p for p in sandbox.people()}
        return all(people[cio_ids[n]].attributes.get("sms_unsubscribe") is (body == "STOP")
                   for n, body in NUMBERS.items())

    wait_for(applied, 30, "the replayed events in the sandbox")
    for number, cio_id in cio_ids.items():
        original = OptEvent.decode(dead_lettered[number])
        assert sandbox.person(cio_id).timestamps["sms_unsubscribe"] == original.timestamp
    assert listed(stack)["count_by_reason"] == {"malformed_event": 2}


def test_replay_leaves_unreadable_events_on_the_subscription(stack, dead_lettered):
    result = dlq(stack, "replay")

    assert result.status == 0, result.stderr
    assert "replayed 0 of 2" in result.stdout and "2 cannot be replayed" in result.stdout
    assert listed(stack)["count_by_reason"] == {"malformed_event": 2}


def test_purge_refuses_without_yes_and_dry_run_only_counts(stack, dead_lettered):
    refused = dlq(stack, "purge", "--reason", "malformed_event")
    counted = dlq(stack, "purge", "--reason", "malformed_event", "--dry-run")

    assert refused.status == 2 and "--yes" in refused.stderr
    assert counted.status == 0 and "would drop 2" in counted.stdout
    assert listed(stack)["count_by_reason"] == {"malformed_event": 2}


def test_purge_with_yes_drops_only_the_chosen_reason(stack, dead_lettered):
    other = post_signed(stack.webhook_url, inbound_sms("+15555017009", "STOP"), stack.settings.twilio_auth_token)
    assert other.status_code == 200
    wait_for(lambda: listed(stack)["count_by_reason"].get("no_matching_profile") == 1, 30,
             "a new no_matching_profile dead letter")

    result = dlq(stack, "purge", "--reason", "malformed_event", "--yes")

    assert result.status == 0, result.stderr
    assert "dropped 2" in result.stdout
    assert listed(stack)["count_by_reason"] == {"no_matching_profile": 1}


def test_unknown_subscription_is_a_one_line_error_with_exit_status_4(stack):
    result = run_cli_process(["dlq", "list", "--project", stack.settings.project, "--subscription", "no-such-sub"],
                             env={**os.environ, "PUBSUB_EMULATOR_HOST": stack.emulator.host})

    assert result.status == 4
    assert "not found" in result.stderr and "no-such-sub" in result.stderr
    assert "Traceback" not in result.stderr


def test_replay_to_an_unknown_topic_fails_and_keeps_the_dead_letters(stack, dead_lettered):
    before = listed(stack)["count_by_reason"]

    result = run_cli(["dlq", "replay", "--subscription", stack.topology.dead_letter_subscription,
                      "--topic", f"projects/{stack.settings.project}/topics/no-such-topic", "--pull-wait", "1.5"])

    assert result.status == 4, result.stderr
    assert "no-such-topic" in result.stderr
    assert listed(stack)["count_by_reason"] == before
