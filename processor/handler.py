"""Apply one delivered event: find the number's profiles, set the attribute, or dead-letter."""

from __future__ import annotations

import logging
import time
from typing import Protocol

from common.errors import DeadLetterReason, PermanentError, TransientError
from common.event import OptEvent
from common.logs import mask_phone
from common.pubsub import DELIVERY_ATTEMPT_ATTRIBUTE
from processor.config import ProcessorConfig
from processor.customerio import CallCounts, CustomerIO, retry_budget
from processor.envelope import PubsubMessage, raw_bytes, unwrap

log = logging.getLogger(__name__)


class DeadLetters(Protocol):
    def publish(self, data: bytes, attributes: dict[str, str], error: PermanentError) -> str: ...


class ProcessHandler:
    def __init__(self, config: ProcessorConfig, customerio: CustomerIO, dead_letters: DeadLetters) -> None:
        self._config = config
        self._customerio = customerio
        self._dead_letters = dead_letters

    def handle(self, event_data: object) -> None:
        """Return to acknowledge (applied or dead-lettered); raise to have Pub/Sub deliver again."""
        started = time.monotonic()
        counts = CallCounts()
        fields: dict = {}
        message = PubsubMessage(data=raw_bytes(event_data))
        try:
            message = unwrap(event_data)
            fields = {"pubsub_message_id": message.message_id, "delivery_attempt": message.delivery_attempt}
            event = OptEvent.decode(message.data)
            fields.update(phone=mask_phone(event.phone), message_sid=event.message_sid, action=event.action.value)
            with retry_budget(self._config.retry_budget_s):
                updated = self._apply(event, counts)
        except PermanentError as error:
            self._dead_letter(message, error, fields, counts, started)
            return
        except TransientError as error:
            _outcome(logging.WARNING, "retrying", fields, counts, started, error=str(error))
            raise
        _outcome(logging.INFO, "applied", fields, counts, started, profiles_updated=updated)

    def _apply(self, event: OptEvent, counts: CallCounts) -> int:
        people = self._customerio.find_people(event.phone, counts)
        if not people:
            raise PermanentError(
                DeadLetterReason.NO_MATCHING_PROFILE,
                f"no profile has {self._config.phone_attribute} = {mask_phone(event.phone)}",
            )
        for person in people:
            self._customerio.set_attribute(
                person, self._config.unsubscribe_attribute, event.action.unsubscribed, event.timestamp, counts
            )
        return len(people)

    def _dead_letter(self, message: PubsubMessage, error: PermanentError, fields: dict, counts, started) -> None:
        # publish() raises TransientError when it fails, so nothing is acknowledged unpublished.
        attributes = dict(message.attributes)
        if message.delivery_attempt:
            attributes[DELIVERY_ATTEMPT_ATTRIBUTE] = str(message.delivery_attempt)
        self._dead_letters.publish(message.data, attributes, error)
        level = logging.ERROR if error.reason is DeadLetterReason.REJECTED_CREDENTIALS else logging.WARNING
        if level == logging.ERROR:
            log.critical("Customer.io rejected the credentials: every event will be dead-lettered until they are fixed")
        _outcome(level, "dead_lettered", fields, counts, started, reason=error.reason.value, detail=error.detail)


def _outcome(level: int, outcome: str, fields: dict, counts: CallCounts, started: float, **extra) -> None:
    entry = {
        "outcome": outcome,
        **fields,
        "customerio_calls": {"search": counts.search, "update": counts.update},
        "duration_ms": round((time.monotonic() - started) * 1000, 1),
        **extra,
    }
    log.log(level, f"event {outcome}", extra={"fields": entry})
