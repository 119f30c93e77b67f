"""Publish events that can never succeed to the dead-letter topic, with the reason."""

from __future__ import annotations

from collections.abc import Mapping

from common.errors import PermanentError, TransientError
from common.pubsub import DETAIL_ATTRIBUTE, REASON_ATTRIBUTE, make_publisher

PUBLISH_TIMEOUT_S = 20.0
_MAX_DETAIL = 1024  # attribute values are limited; the detail is for humans


class DeadLetterPublisher:
    def __init__(self, topic: str) -> None:
        self._topic = topic
        self._client = make_publisher(ordering=False)

    def publish(self, data: bytes, attributes: Mapping[str, str], error: PermanentError) -> str:
        """Keep the original data and attributes; add ``reason`` and ``detail``."""
        labels = {**attributes, REASON_ATTRIBUTE: error.reason.value, DETAIL_ATTRIBUTE: error.detail[:_MAX_DETAIL]}
        try:
            return self._client.publish(self._topic, data, timeout=PUBLISH_TIMEOUT_S, **labels).result(
                timeout=PUBLISH_TIMEOUT_S
            )
        except Exception as exc:
            # Not acknowledged: Pub/Sub delivers the event again and we retry this.
            raise TransientError(f"dead-letter publish to {self._topic} failed: {exc!r}") from exc
