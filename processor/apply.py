"""Apply a batch of events: look their numbers up together, update every profile, answer each event.

Each event gets its own outcome: ``Applied``, a ``PermanentError`` (dead-letter
it) or a ``TransientError`` (let Pub/Sub deliver it again). The updates go out
as Track API v2 batches (``POST /api/v2/batch``, one request for many people),
each item an ``identify`` by ``cio_id`` with ``_update: true`` and the event's
time as ``timestamp``. An item Customer.io refuses does not stop the others:
the event is dead-lettered afterwards naming the refused profiles.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from common.errors import DeadLetterReason, OptOutError, PermanentError, TransientError
from common.event import OptEvent
from common.logs import mask_phone
from processor.config import ProcessorConfig
from processor.customerio import TRACK_BATCH_MAX_BYTES, TRACK_BATCH_MAX_ITEMS, CallCounts, CustomerIO, retry_budget
from processor.lookup import Found, find_profiles

log = logging.getLogger(__name__)
_batch_ids = itertools.count(1)


@dataclass(frozen=True)
class Delivery:
    """One event handed to the batcher, with when its delivery began (``time.monotonic()``)."""

    event: OptEvent
    began: float


@dataclass(frozen=True)
class Applied:
    profiles_updated: int
    profiles_stale: int  # left alone: this pipeline already applied a newer event to them
    batch_id: int
    batch_size: int


@dataclass(frozen=True)
class _Update:
    event: int  # index in the batch
    cio_id: str
    item: dict
    size: int


class BatchApplier:
    """The batch function: events in, one outcome per event out, in order."""

    def __init__(self, config: ProcessorConfig, customerio: CustomerIO) -> None:
        self._config = config
        self._customerio = customerio

    def __call__(self, deliveries: Sequence[Delivery]) -> list[Applied | OptOutError]:
        started = time.monotonic()
        batch_id = next(_batch_ids)
        counts = CallCounts()
        events = [d.event for d in deliveries]
        # The budget runs from the oldest delivery's start, not the batch's: time spent waiting
        # for the batch to close or for a free slot counts, so no delivery outlives the timeout.
        remaining = min(d.began for d in deliveries) + self._config.retry_budget_s - started
        with retry_budget(remaining):
            found = find_profiles(self._customerio, [e.phone for e in events], self._config.phone_attribute,
                                  self._config.stamp_attribute, counts)
            outcomes: list[Applied | OptOutError | None] = [None] * len(events)
            updates: list[_Update] = []
            stale = [0] * len(events)
            for index, event in enumerate(events):
                profiles = found[event.phone]
                if isinstance(profiles, OptOutError):
                    outcomes[index] = profiles
                elif not profiles:
                    outcomes[index] = PermanentError(
                        DeadLetterReason.NO_MATCHING_PROFILE,
                        f"no profile has {self._config.phone_attribute} = {mask_phone(event.phone)}")
                else:
                    fresh = [p for p in profiles if not self._is_stale(event, p)]
                    stale[index] = len(profiles) - len(fresh)
                    updates.extend(self._update(index, event, p) for p in fresh)
            refused, failed = self._send(updates, counts)
        per_event = defaultdict(int)
        for update in updates:
            per_event[update.event] += 1
        for index, event in enumerate(events):
            if outcomes[index] is not None:
                continue
            if index in failed:
                outcomes[index] = failed[index]
            elif refused.get(index):
                names = refused[index]
                outcomes[index] = PermanentError(
                    DeadLetterReason.REJECTED_REQUEST,
                    f"Customer.io refused the update of {len(names)} of {per_event[index]} profiles with "
                    f"{mask_phone(event.phone)} (cio_id {', '.join(names[:20])}); the others were updated")
            else:
                outcomes[index] = Applied(per_event[index], stale[index], batch_id, len(events))
        log.info("batch done", extra={"fields": {
            "batch_id": batch_id, "events": len(events), "numbers": len(found),
            "applied": sum(isinstance(o, Applied) for o in outcomes),
            "customerio_calls": {"search": counts.search, "attributes": counts.attributes, "batch": counts.batch},
            "duration_ms": round((time.monotonic() - started) * 1000, 1)}})
        return outcomes  # type: ignore[return-value]

    def _is_stale(self, event: OptEvent, profile: Found) -> bool:
        if profile.stamp is None or event.timestamp >= profile.stamp:
            return False
        log.info("stale event left this profile alone", extra={"fields": {
            "phone": mask_phone(event.phone), "message_sid": event.message_sid, "cio_id": profile.cio_id,
            "event_timestamp": event.timestamp, "applied_timestamp": profile.stamp}})
        return True

    def _update(self, index: int, event: OptEvent, profile: Found) -> _Update:
        attributes: dict = {self._config.unsubscribe_attribute: event.action.unsubscribed, "_update": True}
        if self._config.stamp_attribute:
            attributes[self._config.stamp_attribute] = event.timestamp
        item = {"type": "person", "action": "identify", "identifiers": {"cio_id": profile.cio_id},
                "timestamp": event.timestamp, "attributes": attributes}
        return _Update(index, profile.cio_id, item, len(json.dumps(item, separators=(",", ":"))) + 1)

    def _send(self, updates: list[_Update], counts: CallCounts) -> tuple[dict[int, list[str]], dict[int, OptOutError]]:
        """Send every update; (refused cio_ids by event, whole-event failures by event)."""
        refused: dict[int, list[str]] = defaultdict(list)
        failed: dict[int, OptOutError] = {}
        for chunk in _chunks(updates):
            self._send_chunk(chunk, counts, refused, failed)
        return refused, failed

    def _send_chunk(self, chunk: list[_Update], counts: CallCounts, refused: dict[int, list[str]],
                    failed: dict[int, OptOutError]) -> None:
        try:
            errors = self._customerio.identify_batch([u.item for u in chunk], counts)
        except PermanentError as error:
            if error.reason is DeadLetterReason.REJECTED_REQUEST:
                if len(chunk) > 1:  # refused as a whole: halve it to find the items at fault
                    half = len(chunk) // 2
                    self._send_chunk(chunk[:half], counts, refused, failed)
                    self._send_chunk(chunk[half:], counts, refused, failed)
                else:
                    refused[chunk[0].event].append(chunk[0].cio_id)
                return
            _fail(failed, chunk, error)
            return
        except TransientError as error:
            _fail(failed, chunk, error)
            return
        for position in errors:
            refused[chunk[position].event].append(chunk[position].cio_id)


def _fail(failed: dict[int, OptOutError], chunk: list[_Update], error: OptOutError) -> None:
    # A transient failure wins: the event is delivered again and every update repeated.
    for update in chunk:
        if not isinstance(failed.get(update.event), TransientError):
            failed[update.event] = error


def _chunks(updates: list[_Update]) -> list[list[_Update]]:
    chunks: list[list[_Update]] = []
    current: list[_Update] = []
    size = 0
    for update in updates:
        if current and (len(current) >= TRACK_BATCH_MAX_ITEMS or size + update.size > TRACK_BATCH_MAX_BYTES):
            chunks.append(current)
            current, size = [], 0
        current.append(update)
        size += update.size
    if current:
        chunks.append(current)
    return chunks
