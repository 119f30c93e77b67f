"""Helpers for tests that run against a LocalStack: polling, dead-letter watching, sending."""

from __future__ import annotations

import itertools
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import requests
from google.cloud import pubsub_v1

from optout.twilio_webhook import inbound_sms, post_signed
from local_stack.stack import LocalStack

T = TypeVar("T")
_numbers = itertools.count(1)


def new_number() -> str:
    """A fresh fictional number (555-01xx range is reserved for fiction) per call."""
    return f"+1555{next(_numbers) % 100:03d}{uuid.uuid4().int % 10_000:04d}"


def wait_for(probe: Callable[[], T], timeout_s: float = 30.0, what: str = "", interval_s: float = 0.1) -> T:
    """Poll until ``probe`` returns something truthy; fail with ``what`` at the deadline."""
    deadline = time.monotonic() + timeout_s
    while True:
        value = probe()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout_s:.0f} s waiting for {what or probe}")
        time.sleep(interval_s)


def send_sms(stack: LocalStack, sender: str, body: str, **kwargs) -> requests.Response:
    return post_signed(stack.webhook_url, inbound_sms(sender, body), stack.settings.twilio_auth_token, **kwargs)


@dataclass(frozen=True)
class DeadLetter:
    data: bytes
    attributes: dict[str, str]


class DeadLetterWatcher:
    """A pull subscription of the test's own on the dead-letter topic: sees only what comes after it."""

    def __init__(self, stack: LocalStack) -> None:
        self._subscriber = pubsub_v1.SubscriberClient()
        self.subscription = (f"projects/{stack.settings.project}/subscriptions/"
                             f"test-dead-letters-{uuid.uuid4().hex[:12]}")
        self._subscriber.create_subscription(request={
            "name": self.subscription, "topic": stack.topology.dead_letter_topic, "ack_deadline_seconds": 30,
        })
        self.received: list[DeadLetter] = []

    def drain(self, wait_s: float = 0.5) -> list[DeadLetter]:
        response = self._subscriber.pull(
            request={"subscription": self.subscription, "max_messages": 100}, timeout=wait_s + 5,
        )
        ack_ids = [m.ack_id for m in response.received_messages]
        if ack_ids:
            self._subscriber.acknowledge(request={"subscription": self.subscription, "ack_ids": ack_ids})
        self.received += [DeadLetter(m.message.data, dict(m.message.attributes)) for m in response.received_messages]
        return self.received

    def wait_for(self, predicate: Callable[[DeadLetter], bool], timeout_s: float = 30.0) -> DeadLetter:
        def probe():
            return next((d for d in self.drain() if predicate(d)), None)
        return wait_for(probe, timeout_s, what="a dead-lettered message")

    def close(self) -> None:
        self._subscriber.delete_subscription(request={"subscription": self.subscription})
        self._subscriber.close()
