"""``dlq`` against the real emulator at the edges: poison letters and leases held past their length.

The dead-letter topic here is fed directly (no pipeline): what matters is
what the subscription holds, not how it got there.
"""

from __future__ import annotations

import json
import os
import random
import time

import pytest
from google.cloud import pubsub_v1

from common.event import Action, OptEvent
from optout.deadletters import DeadLetterQueue
from tests.cli_fixtures import private_emulator, run_cli
from tests.pipeline import wait_for

pytestmark = [pytest.mark.timeout(120), pytest.mark.integration]

POISON = [
    b"\x00\xff\xfe binary",
    b"not json",
    b'{"version": 1, "action": "opt_out", "phone": "+15555550100", "keyword": "STOP", "message_sid": "SM1",'
    b' "received_at": NaN}',
    b'{"version": 1, "action": "opt_out", "phone": "+15555550100", "keyword": "STOP", "message_sid": "SM1",'
    b' "received_at": 1e999}',
    b'{"version": 1, "action": "opt_out", "phone": "+15555550100", "keyword": "STOP", "message_sid": "SM1",'
    b' "received_at": ' + b"7" * 400 + b"}",
    b'{"version": 1, "action": "opt_out", "phone": "+15555550100\\n", "keyword": "STOP", "message_sid": "SM1",'
    b' "received_at": 1764279000}',
    b'{"version": 1, "action": "opt_out", "phone": "+1555555\\u0660\\u0661\\u0662\\u0663", "keyword": "STOP",'
    b' "message_sid": "SM1", "received_at": 1764279000}',
]


@pytest.fixture(scope="module")
def emulator(tmp_path_factory):
    with private_emulator(tmp_path_factory.mktemp("cli-dlq-scale")) as running:
        yield running


@pytest.fixture
def dead_letter_topic(emulator):
    """A fresh dead-letter topic and the pull subscription dlq reads."""
    suffix = random.randrange(10**9)
    topic = f"projects/{emulator.project}/topics/dead-{suffix}"
    subscription = f"projects/{emulator.project}/subscriptions/dead-pull-{suffix}"
    pubsub_v1.PublisherClient().create_topic(name=topic)
    subscriber = pubsub_v1.SubscriberClient()
    subscriber.create_subscription(request={"name": subscription, "topic": topic, "ack_deadline_seconds": 10})
    yield topic, subscription
    subscriber.delete_subscription(request={"subscription": subscription})


def publish(topic: str, items: list[bytes], reason: str) -> None:
    publisher = pubsub_v1.PublisherClient()
    for data in items:
        publisher.publish(topic, data, reason=reason).result(timeout=10)


def dlq(subscription: str, *argv: str, topic: str | None = None):
    env = {**os.environ, **({"PUBSUB_TOPIC": topic} if topic else {})}
    return run_cli(["dlq", *argv, "--subscription", subscription, "--pull-wait", "1"], env=env)


def test_poison_letters_are_listed_refused_by_replay_and_purged(emulator, dead_letter_topic):
    topic, subscription = dead_letter_topic
    events_topic = f"projects/{emulator.project}/topics/events-{random.randrange(10**9)}"
    pubsub_v1.PublisherClient().create_topic(name=events_topic)
    publish(topic, POISON, "malformed_event")

    listed = dlq(subscription, "list", "--json")
    assert listed.status == 0, listed.stderr
    rows = json.loads(listed.stdout)["dead_letters"]
    assert len(rows) == len(POISON) and not any(row["replayable"] for row in rows)
    assert all(row["unreadable"] for row in rows)

    replayed = dlq(subscription, "replay", topic=events_topic)
    assert replayed.status == 0, replayed.stderr
    assert f"replayed 0 of {len(POISON)}" in replayed.stdout and "cannot be replayed" in replayed.stdout

    purged = dlq(subscription, "purge", "--reason", "malformed_event", "--yes")
    assert purged.status == 0, purged.stderr
    assert f"dropped {len(POISON)}" in purged.stdout
    assert json.loads(dlq(subscription, "list", "--json").stdout)["total"] == 0


def test_leases_are_renewed_for_as_long_as_the_queue_holds_the_letters(emulator, dead_letter_topic):
    topic, subscription = dead_letter_topic
    events = [OptEvent(Action.OPT_OUT, f"+155555502{n:02d}", "STOP", f"SM{n:032x}", 1764279000.0 + n)
              for n in range(5)]
    publish(topic, [event.encode() for event in events], "no_matching_profile")
    other = pubsub_v1.SubscriberClient()

    with DeadLetterQueue(subscription, pull_wait_s=1, lease_s=3, renew_every_s=0.5) as queue:
        held = list(queue.scan())
        assert len(held) == 5
        # Three lease lengths later, nobody else has been handed any of them.
        deadline = time.monotonic() + 9
        while time.monotonic() < deadline:
            response = other.pull(request={"subscription": subscription, "max_messages": 10}, timeout=2)
            assert not response.received_messages, "a held dead letter was redelivered: its lease ran out"
        queue.acknowledge(held[:2])

    # Closing handed back the three not acknowledged, at once.
    returned: set[str] = set()

    def all_three_back() -> bool:
        response = other.pull(request={"subscription": subscription, "max_messages": 10}, timeout=2)
        returned.update(m.message.message_id for m in response.received_messages)
        return len(returned) == 3

    wait_for(all_three_back, 10, "the three letters not acknowledged")
    assert returned == {letter.message_id for letter in held[2:]}
