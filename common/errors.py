"""The project's exception types and the dead-letter reasons.

Two kinds matter to Pub/Sub: a ``PermanentError`` can never succeed, so the
event is dead-lettered and acknowledged; a ``TransientError`` may succeed later,
so the function fails and Pub/Sub redelivers.
"""

from __future__ import annotations

import enum


class DeadLetterReason(str, enum.Enum):
    """Why an event was dead-lettered; the value is the ``reason`` attribute."""

    MALFORMED_EVENT = "malformed_event"
    UNSUPPORTED_VERSION = "unsupported_version"
    NO_MATCHING_PROFILE = "no_matching_profile"
    REJECTED_CREDENTIALS = "rejected_credentials"
    REJECTED_REQUEST = "rejected_request"
    NOT_FOUND = "not_found"


class OptOutError(Exception):
    """Base of every error this project raises on purpose."""


class ConfigError(OptOutError):
    """The environment is missing or holds an invalid setting."""


class PermanentError(OptOutError):
    """Processing this event can never succeed; dead-letter it."""

    def __init__(self, reason: DeadLetterReason, detail: str) -> None:
        super().__init__(f"{reason.value}: {detail}")
        self.reason = reason
        self.detail = detail


class TransientError(OptOutError):
    """Processing failed for now; let Pub/Sub deliver the event again."""
