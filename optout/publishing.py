"""Publish events with ``ingest``'s own publisher, turning its failures into the CLI's errors."""

from __future__ import annotations

from collections.abc import Callable

from google.api_core import exceptions as api_exceptions

from common.errors import TransientError
from common.event import OptEvent
from ingest.publisher import EventPublisher
from optout.google_errors import pubsub_errors

# Failures that no retry or rerun fixes: report them as such, not as "try again".
_FINAL = (api_exceptions.NotFound, api_exceptions.PermissionDenied, api_exceptions.Unauthenticated)


def event_publisher(topic: str) -> Callable[[OptEvent], str]:
    with pubsub_errors("connecting to Pub/Sub"):
        publisher = EventPublisher(topic)

    def publish(event: OptEvent) -> str:
        try:
            return publisher.publish(event)
        except TransientError as error:
            if isinstance(error.__cause__, _FINAL):
                with pubsub_errors(f"publishing to {topic}"):
                    raise error.__cause__ from error
            raise

    return publish
