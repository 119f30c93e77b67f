"""Apply one delivered event: decode it, hand it to the batcher, then acknowledge, dead-letter or fail."""

from __future__ import annotations

import logging
import time
from typing import Protocol

from common.errors import DeadLetterReason, PermanentError, TransientError
from common.event import OptEvent
from common.logs import mask_phone
from common.pubsub import DELIVERY_ATTEMPT_ATTRIBUTE
from processor.apply import Applied, BatchApplier, Delivery
from processor.batcher import Batcher
from processor.config import ProcessorConfig
from processor.customerio import CustomerIO
from processor.envelope import PubsubMessage, raw_bytes, unwrap

log = logging.getLogger(__name__)

# Lookups of one instance running at once; while one runs, the next batch keeps filling. The App
# API allowance, not the lookup's own time, is what limits a storm, so a second lookup in flight
# would only split the same allowance over smaller batches (more App calls per event).
MAX_BATCHES_IN_FLIGHT = 1
# A batch that its own arrivals would fill within this many windows waits to be full: under a storm
# every lookup carries a full batch (fewer App calls per event); a lone STOP still waits one window.
FILL_WITHIN_WINDOWS = 10


class DeadLetters(Protocol):
    def publish(self, data: bytes, attributes: dict[str, str], error: PermanentError) -> str: ...


class ProcessHandler:
    def __init__(self, config: ProcessorConfig, customerio: CustomerIO, dead_letters: DeadLetters) -> None:
        self._dead_letters = dead_letters
        self._batcher: Batcher[Delivery, Applied] = Batcher(
            BatchApplier(config, customerio), max_size=config.batch_size, window_s=config.batch_window_s,
            max_in_flight=MAX_BATCHES_IN_FLIGHT, ready_in=customerio.lookup_free_in,
            fill_within_s=FILL_WITHIN_WINDOWS * config.batch_window_s)

    def handle(self, event_data: object) -> None:
        """Return to acknowledge (applied or dead-lettered); raise to have Pub/Sub deliver again."""
        started = time.monotonic()
        fields: dict = {}
        message = PubsubMessage(data=raw_bytes(event_data))
        try:
            message = unwrap(event_data)
            fields = {"pubsub_message_id": message.message_id, "delivery_attempt": message.delivery_attempt}
            event = OptEvent.decode(message.data)
            fields.update(phone=mask_phone(event.phone), message_sid=event.message_sid, action=event.action.value)
            applied = self._batcher.submit(Delivery(event, started))
        except PermanentError as error:
            self._dead_letter(message, error, fields, started)
            return
        except TransientError as error:
            _outcome(logging.WARNING, "retrying", fields, started, error=str(error))
            raise
        _outcome(logging.INFO, "applied", fields, started, profiles_updated=applied.profiles_updated,
                 profiles_stale=applied.profiles_stale, batch_id=applied.batch_id, batch_size=applied.batch_size)

    def _dead_letter(self, message: PubsubMessage, error: PermanentError, fields: dict, started: float) -> None:
        # publish() raises TransientError when it fails, so nothing is acknowledged unpublished.
        attributes = dict(message.attributes)
        if message.delivery_attempt:
            attributes[DELIVERY_ATTEMPT_ATTRIBUTE] = str(message.delivery_attempt)
        self._dead_letters.publish(message.data, attributes, error)
        level = logging.ERROR if error.reason is DeadLetterReason.REJECTED_CREDENTIALS else logging.WARNING
        if level == logging.ERROR:
            log.critical("Customer.io rejected the credentials: every event will be dead-lettered until they are fixed")
        _outcome(level, "dead_lettered", fields, started, reason=error.reason.value, detail=error.detail)


def _outcome(level: int, outcome: str, fields: dict, started: float, **extra) -> None:
    entry = {"outcome": outcome, **fields, "duration_ms": round((time.monotonic() - started) * 1000, 1), **extra}
    log.log(level, f"event {outcome}", extra={"fields": entry})
