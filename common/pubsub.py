"""Pub/Sub facts and the publisher client both functions and the tools use."""

from __future__ import annotations

import re

from google.cloud import pubsub_v1

TOPIC_PATH = re.compile(r"^projects/[^/]+/topics/[^/]+$")
SUBSCRIPTION_PATH = re.compile(r"^projects/[^/]+/subscriptions/[^/]+$")

# Attribute names on dead-lettered messages. Ours: set by ``process`` when it
# dead-letters an event itself. Pub/Sub's: set when the subscription's
# dead-letter policy gives up after the maximum delivery attempts.
REASON_ATTRIBUTE = "reason"
DETAIL_ATTRIBUTE = "detail"
DELIVERY_ATTEMPT_ATTRIBUTE = "delivery_attempt"
PUBSUB_DELIVERY_COUNT_ATTRIBUTE = "CloudPubSubDeadLetterSourceDeliveryCount"
# The reason shown for messages Pub/Sub dead-lettered (they carry no ``reason``).
DELIVERY_ATTEMPTS_EXHAUSTED = "delivery_attempts_exhausted"


def make_publisher(*, ordering: bool, max_latency_s: float = 0.001) -> pubsub_v1.PublisherClient:
    """A publisher that sends at once instead of sitting on the 10 ms batching delay."""
    return pubsub_v1.PublisherClient(
        batch_settings=pubsub_v1.types.BatchSettings(max_messages=100, max_latency=max_latency_s),
        publisher_options=pubsub_v1.types.PublisherOptions(enable_message_ordering=ordering),
    )
