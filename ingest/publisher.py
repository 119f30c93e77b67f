"""Publish events to Pub/Sub: ordered by phone number, sent at once, with a bounded wait."""

from __future__ import annotations

import logging

from google.api_core import exceptions as google_exceptions
from google.api_core import retry as google_retry

from common.errors import TransientError
from common.event import OptEvent
from common.pubsub import make_publisher

log = logging.getLogger(__name__)

# Twilio gives up on a webhook after 15 s; answer well before that.
PUBLISH_TIMEOUT_S = 10.0


class EventPublisher:
    """One per instance: the client keeps its channel and batches between requests."""

    def __init__(self, topic: str, timeout_s: float = PUBLISH_TIMEOUT_S, client=None) -> None:
        self._topic = topic
        self._timeout_s = timeout_s
        self._client = client or make_publisher(ordering=True)
        self._retry = google_retry.Retry(
            initial=0.05, maximum=1.0, multiplier=2.0, timeout=timeout_s,
            predicate=google_retry.if_exception_type(
                google_exceptions.ServiceUnavailable,
                google_exceptions.DeadlineExceeded,
                google_exceptions.InternalServerError,
                google_exceptions.Aborted,
                google_exceptions.Unknown,
            ),
        )

    @property
    def topic(self) -> str:
        return self._topic

    def publish(self, event: OptEvent) -> str:
        """Publish and wait for the server's message ID; raise ``TransientError`` on failure."""
        future = self._client.publish(
            self._topic,
            event.encode(),
            ordering_key=event.ordering_key,
            retry=self._retry,
            timeout=self._timeout_s,
            **event.attributes(),
        )
        try:
            return future.result(timeout=self._timeout_s)
        except Exception as exc:
            # A failed publish pauses its ordering key; without this every later
            # event for the number would fail at once.
            self._client.resume_publish(self._topic, event.ordering_key)
            raise TransientError(f"publish to {self._topic} failed: {exc!r}") from exc
