"""Read the dead-letter subscription: typed dead letters, leased while we look at them.

A scan pulls in batches and keeps every message it has seen leased (its ack
deadline extended) until the scan is closed, so the next pull returns new
messages instead of the same ones again. A background thread renews the
leases of every message still held, so a command that holds thousands of
messages for longer than one lease (600 s at most) does not lose them to a
redelivery and acknowledge ack IDs that no longer count. Closing the queue
hands back, at once (ack deadline 0), every message that was not
acknowledged: listing changes nothing, and an interrupted replay or purge
leaves the rest where it was.

One unreadable message never stops a command: whatever its data, it becomes a
``DeadLetter`` with ``event`` None and ``unreadable`` saying why, so it can be
listed and purged (never replayed).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone

from google.api_core import exceptions as api_exceptions
from google.api_core import retry as api_retry
from google.cloud import pubsub_v1

from common.errors import PermanentError
from common.event import OptEvent
from common.logs import mask_phone
from common.pubsub import (
    DELIVERY_ATTEMPT_ATTRIBUTE,
    DELIVERY_ATTEMPTS_EXHAUSTED,
    DETAIL_ATTRIBUTE,
    PUBSUB_DELIVERY_COUNT_ATTRIBUTE,
    REASON_ATTRIBUTE,
)
from optout.google_errors import pubsub_errors

log = logging.getLogger(__name__)

UNKNOWN_REASON = "unknown"
PULL_BATCH = 100
LEASE_S = 600  # Pub/Sub's maximum ack deadline
_ACK_CHUNK = 1000  # ack ids per acknowledge / modify_ack_deadline request


@dataclass(frozen=True)
class DeadLetter:
    """One message on the dead-letter subscription and what we could read from it."""

    ack_id: str
    message_id: str
    data: bytes
    attributes: Mapping[str, str]
    dead_lettered_at: datetime
    reason: str
    detail: str
    delivery_attempts: int | None
    event: OptEvent | None  # None when the data is no event we can read
    unreadable: str | None = None  # why ``event`` is None

    @property
    def replayable(self) -> bool:
        return self.event is not None

    @property
    def time(self) -> datetime:
        """When it happened: the event's own time, else when it was dead-lettered."""
        if self.event is not None:
            return datetime.fromtimestamp(self.event.received_at, tz=timezone.utc)
        return self.dead_lettered_at

    def to_json(self) -> dict:
        event = self.event
        return {
            "message_id": self.message_id,
            "time": self.time.isoformat(),
            "dead_lettered_at": self.dead_lettered_at.isoformat(),
            "phone": mask_phone(event.phone) if event else None,
            "action": event.action.value if event else None,
            "keyword": event.keyword if event else None,
            "message_sid": event.message_sid if event else None,
            "received_at": event.received_at if event else None,
            "reason": self.reason,
            "detail": self.detail,
            "delivery_attempts": self.delivery_attempts,
            "replayable": self.replayable,
            "unreadable": self.unreadable,
        }


def dead_letter_from(received: pubsub_v1.types.ReceivedMessage) -> DeadLetter:
    message = received.message
    attributes = dict(message.attributes)
    try:
        event, unreadable = OptEvent.decode(message.data), None
    except PermanentError as error:
        event, unreadable = None, f"{error.reason.value}: {error.detail}"
    except Exception as error:  # one letter must never stop a listing or a purge
        event, unreadable = None, f"unreadable: {error.__class__.__name__}"
    return DeadLetter(
        ack_id=received.ack_id,
        message_id=message.message_id,
        data=bytes(message.data),
        attributes=attributes,
        dead_lettered_at=_utc(message.publish_time),
        reason=reason_of(attributes),
        detail=attributes.get(DETAIL_ATTRIBUTE, ""),
        delivery_attempts=_attempts(attributes),
        event=event,
        unreadable=unreadable,
    )


def reason_of(attributes: Mapping[str, str]) -> str:
    """``process`` names its reason; Pub/Sub's own dead-lettering only leaves a delivery count."""
    if attributes.get(REASON_ATTRIBUTE):
        return attributes[REASON_ATTRIBUTE]
    if PUBSUB_DELIVERY_COUNT_ATTRIBUTE in attributes:
        return DELIVERY_ATTEMPTS_EXHAUSTED
    return UNKNOWN_REASON


def _attempts(attributes: Mapping[str, str]) -> int | None:
    """Pub/Sub's count when it dead-lettered the message, else the attempt on which process did."""
    for name in (PUBSUB_DELIVERY_COUNT_ATTRIBUTE, DELIVERY_ATTEMPT_ATTRIBUTE):
        try:
            return int(attributes[name])
        except (KeyError, ValueError):
            continue
    return None


def _utc(value) -> datetime:
    return value.astimezone(timezone.utc) if value.tzinfo else value.replace(tzinfo=timezone.utc)


class DeadLetterQueue:
    """A context manager: ``with DeadLetterQueue(...) as queue: for letter in queue.scan(): ...``.

    Thread-safe for ``acknowledge`` and ``release``, which replay calls from its workers.
    """

    def __init__(self, subscription: str, *, pull_wait_s: float = 3.0, timeout_s: float = 30.0,
                 subscriber: pubsub_v1.SubscriberClient | None = None, lease_s: int = LEASE_S,
                 renew_every_s: float | None = None) -> None:
        self.subscription = subscription
        self._pull_wait_s = pull_wait_s
        self._lease_s = lease_s
        # Renew well before the lease ends, so one slow or failed renewal is not the end of it.
        self._renew_every_s = renew_every_s if renew_every_s is not None else lease_s / 4
        self._retry = api_retry.Retry(
            initial=0.2, maximum=2.0, multiplier=2.0, timeout=timeout_s,
            predicate=api_retry.if_exception_type(
                api_exceptions.ServiceUnavailable, api_exceptions.InternalServerError,
                api_exceptions.Aborted, api_exceptions.Unknown,
            ),
        )
        with pubsub_errors("connecting to Pub/Sub"):
            self._subscriber = subscriber or pubsub_v1.SubscriberClient()
        self._lock = threading.Lock()
        self._held: dict[str, str] = {}  # message id -> ack id of messages we lease
        self._seen: set[str] = set()
        self._stop = threading.Event()
        self._renewer: threading.Thread | None = None
        self.renewal_failures = 0

    def __enter__(self) -> DeadLetterQueue:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def held(self) -> int:
        with self._lock:
            return len(self._held)

    def scan(self) -> Iterator[DeadLetter]:
        """Every message on the subscription, each once, until a pull comes back empty."""
        self._start_renewing()
        while True:
            batch = self._pull()
            fresh = [received for received in batch if received.message.message_id not in self._seen]
            # Seen before (a lease ran out): keep the newest ack id, do not show it twice.
            with self._lock:
                for received in batch:
                    self._held[received.message.message_id] = received.ack_id
            if not batch:
                return
            self._extend([received.ack_id for received in batch])
            for received in fresh:
                self._seen.add(received.message.message_id)
                yield dead_letter_from(received)

    def acknowledge(self, letters: list[DeadLetter]) -> None:
        """Remove these from the subscription for good; a ``CliError`` when Pub/Sub refused."""
        with self._lock:
            ack_ids = [self._held.get(letter.message_id, letter.ack_id) for letter in letters]
        for chunk in _chunks(ack_ids):
            with pubsub_errors(f"acknowledging on {self.subscription}"):
                self._subscriber.acknowledge(
                    request={"subscription": self.subscription, "ack_ids": chunk}, retry=self._retry)
        with self._lock:
            for letter in letters:
                self._held.pop(letter.message_id, None)

    def release(self, letters: Iterable[DeadLetter]) -> None:
        """Hand these back now (the command will not use them); they stay on the subscription."""
        with self._lock:
            ack_ids = [self._held.pop(letter.message_id) for letter in letters if letter.message_id in self._held]
        self._set_deadline(ack_ids, 0)

    def close(self) -> None:
        """Stop renewing and hand back every message still leased, so it can be read again at once."""
        self._stop.set()
        if self._renewer is not None:
            self._renewer.join()
        with self._lock:
            held, self._held = list(self._held.values()), {}
        try:
            self._set_deadline(held, 0)
        except Exception:
            # The leases then simply run out (at most the lease); nothing is lost.
            log.warning("could not hand back %d leased messages; they return when their lease ends",
                        len(held), exc_info=True)
        finally:
            self._subscriber.close()

    def _start_renewing(self) -> None:
        if self._renewer is None:
            self._renewer = threading.Thread(target=self._renew, name="dead-letter-leases", daemon=True)
            self._renewer.start()

    def _renew(self) -> None:
        while not self._stop.wait(self._renew_every_s):
            with self._lock:
                ack_ids = list(self._held.values())
            try:
                self._extend(ack_ids)
            except Exception:
                self.renewal_failures += 1
                log.warning("could not renew the lease of %d dead letters; retrying in %.0f s",
                            len(ack_ids), self._renew_every_s, exc_info=True)

    def _pull(self) -> list:
        with pubsub_errors(f"reading {self.subscription}"):
            try:
                response = self._subscriber.pull(
                    request={"subscription": self.subscription, "max_messages": PULL_BATCH},
                    timeout=self._pull_wait_s, retry=self._retry)
            except api_exceptions.DeadlineExceeded:
                return []  # nothing arrived while we waited
        return list(response.received_messages)

    def _extend(self, ack_ids: list[str]) -> None:
        self._set_deadline(ack_ids, self._lease_s)

    def _set_deadline(self, ack_ids: list[str], seconds: int) -> None:
        for chunk in _chunks(ack_ids):
            with pubsub_errors(f"changing the ack deadline on {self.subscription}"):
                self._subscriber.modify_ack_deadline(request={
                    "subscription": self.subscription, "ack_ids": chunk, "ack_deadline_seconds": seconds,
                }, retry=self._retry)


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _ACK_CHUNK):
        yield items[start:start + _ACK_CHUNK]
