"""Create the topics and subscriptions of a local stack on the emulator.

Production (terraform/) has one push subscription with message ordering AND a
dead-letter policy. The emulator never dead-letters on an ordered
subscription (see the README), so the local stack can add a second, unordered
topic + push subscription used only to watch Pub/Sub's own dead-lettering.
"""

from __future__ import annotations

from dataclasses import dataclass

from google.api_core import exceptions
from google.cloud import pubsub_v1
from google.protobuf import duration_pb2


@dataclass(frozen=True)
class PushRoute:
    """A topic pushed to an endpoint through one subscription."""

    topic: str
    subscription: str
    ordered: bool


@dataclass(frozen=True)
class Topology:
    project: str
    events: PushRoute
    dead_letter_topic: str
    dead_letter_subscription: str
    unordered: PushRoute | None = None

    @classmethod
    def named(cls, project: str, prefix: str = "optout", with_unordered: bool = False) -> Topology:
        def topic(name: str) -> str:
            return f"projects/{project}/topics/{prefix}-{name}"

        def sub(name: str) -> str:
            return f"projects/{project}/subscriptions/{prefix}-{name}"

        return cls(
            project=project,
            events=PushRoute(topic("events"), sub("process-push"), ordered=True),
            dead_letter_topic=topic("dead-letter"),
            dead_letter_subscription=sub("dead-letter-pull"),
            unordered=PushRoute(topic("events-unordered"), sub("process-push-unordered"), ordered=False)
            if with_unordered else None,
        )


@dataclass(frozen=True)
class DeliverySettings:
    max_delivery_attempts: int = 5
    min_backoff_s: int = 1
    max_backoff_s: int = 10
    ack_deadline_s: int = 60


def create(topology: Topology, push_endpoint: str, settings: DeliverySettings = DeliverySettings()) -> None:
    publisher = pubsub_v1.PublisherClient()
    subscriber = pubsub_v1.SubscriberClient()
    with subscriber:
        for name in (topology.dead_letter_topic, topology.events.topic,
                     *([topology.unordered.topic] if topology.unordered else [])):
            _ignore_exists(publisher.create_topic, request={"name": name})
        _ignore_exists(subscriber.create_subscription, request={
            "name": topology.dead_letter_subscription,
            "topic": topology.dead_letter_topic,
            "ack_deadline_seconds": 60,
        })
        for route in (topology.events, topology.unordered):
            if route is None:
                continue
            _ignore_exists(subscriber.create_subscription, request={
                "name": route.subscription,
                "topic": route.topic,
                "push_config": {"push_endpoint": push_endpoint},
                "ack_deadline_seconds": settings.ack_deadline_s,
                "enable_message_ordering": route.ordered,
                "dead_letter_policy": {
                    "dead_letter_topic": topology.dead_letter_topic,
                    "max_delivery_attempts": settings.max_delivery_attempts,
                },
                "retry_policy": {
                    "minimum_backoff": duration_pb2.Duration(seconds=settings.min_backoff_s),
                    "maximum_backoff": duration_pb2.Duration(seconds=settings.max_backoff_s),
                },
            })


def _ignore_exists(call, **kwargs) -> None:
    try:
        call(**kwargs)
    except exceptions.AlreadyExists:
        pass
