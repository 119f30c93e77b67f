"""Unwrap the Pub/Sub message from the CloudEvent functions-framework hands us.

Both arrival forms end up here as a ``messagePublished`` CloudEvent whose data
is ``{"message": {"data": <base64>, "attributes": {...}, "messageId": ...}}``:
Eventarc sends it so, and functions-framework converts a plain push request.

The delivery attempt arrives only in Eventarc's form (``deliveryAttempt`` in
the data, 0 when the subscription has no dead-letter policy).
functions-framework 3.10's conversion of a plain push request keeps the
message alone and drops the request's ``deliveryAttempt`` and
``subscription``, so there it is unknown (None).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, field

from common.errors import DeadLetterReason, PermanentError


@dataclass(frozen=True)
class PubsubMessage:
    data: bytes
    attributes: dict[str, str] = field(default_factory=dict)
    message_id: str = ""
    delivery_attempt: int | None = None


def unwrap(event_data: object) -> PubsubMessage:
    """The message inside; a ``PermanentError`` (malformed) carrying the raw bytes when it cannot be read."""
    if not isinstance(event_data, dict):
        raise _malformed("CloudEvent data is not an object")
    message = event_data.get("message")
    if not isinstance(message, dict):
        raise _malformed("CloudEvent data has no Pub/Sub message")
    attributes = message.get("attributes") or {}
    if not isinstance(attributes, dict):
        raise _malformed("message attributes are not an object")
    try:
        data = base64.b64decode(message.get("data") or "", validate=True)
    except (binascii.Error, TypeError, ValueError) as exc:
        raise _malformed("message data is not base64") from exc
    attempt = event_data.get("deliveryAttempt")
    return PubsubMessage(
        data=data,
        attributes={str(k): str(v) for k, v in attributes.items()},
        message_id=str(message.get("messageId") or message.get("message_id") or ""),
        delivery_attempt=attempt if type(attempt) is int and attempt > 0 else None,
    )


def raw_bytes(event_data: object) -> bytes:
    """What to keep of an event that could not be unwrapped."""
    return json.dumps(event_data, default=str).encode()


def _malformed(detail: str) -> PermanentError:
    return PermanentError(DeadLetterReason.MALFORMED_EVENT, detail)
