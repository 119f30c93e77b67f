"""Create the topics and subscriptions of a local stack on the emulator.

Production (terraform/) has one push subscription with message ordering AND a
dead-letter policy. Locally the same route is an ordered *pull* subscription
read by the push forwarder (``push_forwarder``), which pushes to ``process``
and dead-letters the way Pub/Sub does; the emulator's own push could not do
both on one subscription (see the README).
"""

from __future__ import annotations

from dataclasses import dataclass

from google.api_core import exceptions
from google.cloud import pubsub_v1

from local_stack.push_delivery import RetryPolicy


@dataclass(frozen=True)
class Route:
    """A topic delivered to ``process`` through one ordered subscription."""

    topic: str
    subscription: str


@dataclass(frozen=True)
class Topology:
    project: str
    events: Route
    dead_letter_topic: str
    dead_letter_subscription: str

    @classmethod
    def named(cls, project: str, prefix: str = "optout") -> Topology:
        return cls(
            project=project,
            events=Route(f"projects/{project}/topics/{prefix}-events",
                         f"projects/{project}/subscriptions/{prefix}-process"),
            dead_letter_topic=f"projects/{project}/topics/{prefix}-dead-letter",
            dead_letter_subscription=f"projects/{project}/subscriptions/{prefix}-dead-letter-pull",
        )


@dataclass(frozen=True)
class DeliverySettings:
    """The push subscription's settings, carried out by the forwarder."""

    max_delivery_attempts: int = 5
    min_backoff_s: float = 1
    max_backoff_s: float = 10
    ack_deadline_s: int = 60
    window: int = 100

    @property
    def retry_policy(self) -> RetryPolicy:
        return RetryPolicy(self.max_delivery_attempts, self.min_backoff_s, self.max_backoff_s)


def create(topology: Topology, settings: DeliverySettings = DeliverySettings()) -> None:
    publisher = pubsub_v1.PublisherClient()
    subscriber = pubsub_v1.SubscriberClient()
    with subscriber:
        for name in (topology.dead_letter_topic, topology.events.topic):
            _ignore_exists(publisher.create_topic, request={"name": name})
        _ignore_exists(subscriber.create_subscription, request={
            "name": topology.dead_letter_subscription,
            "topic": topology.dead_letter_topic,
            "ack_deadline_seconds": 60,
        })
        # No dead-letter policy here: the forwarder counts attempts and dead-letters
        # (with one, the emulator would block a key for good after the maximum).
        _ignore_exists(subscriber.create_subscription, request={
            "name": topology.events.subscription,
            "topic": topology.events.topic,
            "ack_deadline_seconds": settings.ack_deadline_s,
            "enable_message_ordering": True,
        })


def _ignore_exists(call, **kwargs) -> None:
    try:
        call(**kwargs)
    except exceptions.AlreadyExists:
        pass
