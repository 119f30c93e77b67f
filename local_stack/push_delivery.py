"""What a Pub/Sub push subscription decides, without the I/O: the push forwarder's rules.

* At most ``window`` deliveries are outstanding at once.
* One ordering key has at most one message outstanding; its next message goes
  out only after the previous one was acknowledged or dead-lettered. Messages
  without a key are not ordered: each is its own group.
* A failed delivery is tried again after an exponential backoff between the
  retry policy's minimum and maximum; after ``max_attempts`` deliveries the
  message is dead-lettered, and only then does its key move on.

Time comes in as an argument (``now``), so the rules are tested without sleeping.
"""

from __future__ import annotations

import base64
import heapq
import itertools
from collections import OrderedDict, deque
from dataclasses import dataclass, field

# The Pub/Sub attributes of a message moved to the dead-letter topic.
DEAD_LETTER_DELIVERY_COUNT = "CloudPubSubDeadLetterSourceDeliveryCount"
DEAD_LETTER_SUBSCRIPTION = "CloudPubSubDeadLetterSourceSubscription"
DEAD_LETTER_SUBSCRIPTION_PROJECT = "CloudPubSubDeadLetterSourceSubscriptionProject"
DEAD_LETTER_TOPIC_PUBLISH_TIME = "CloudPubSubDeadLetterSourceTopicPublishTime"

# Push answers Pub/Sub takes as an acknowledgement.
ACK_STATUSES = frozenset({102, 200, 201, 202, 204})


@dataclass(frozen=True)
class RetryPolicy:
    max_attempts: int = 5
    min_backoff_s: float = 10.0
    max_backoff_s: float = 600.0

    def __post_init__(self) -> None:
        if self.max_attempts < 1 or not 0 <= self.min_backoff_s <= self.max_backoff_s:
            raise ValueError("need max_attempts >= 1 and 0 <= min_backoff_s <= max_backoff_s")

    def backoff_s(self, failed_attempts: int) -> float:
        """The wait after the ``failed_attempts``-th failed delivery: doubling from the minimum, capped."""
        return min(self.max_backoff_s, self.min_backoff_s * 2 ** max(0, failed_attempts - 1))


@dataclass(eq=False)
class Delivery:
    """One pulled message and where it stands."""

    ack_id: str
    message_id: str
    data: bytes
    attributes: dict[str, str]
    publish_time: str  # RFC 3339, as Pub/Sub writes it
    ordering_key: str = ""
    attempts: int = 0  # POSTs started so far
    exhausted: bool = False  # every attempt failed: dead-letter it next
    not_before: float = 0.0

    @property
    def group(self) -> str:
        # A keyless message shares its group with nobody (a key is never empty, so no clash).
        return self.ordering_key or f"\x00{self.message_id}"


def push_request(delivery: Delivery, subscription: str) -> dict:
    """The JSON body Pub/Sub POSTs to a push endpoint (wrapped form, dead-lettering on)."""

    message = {
        "data": base64.b64encode(delivery.data).decode(),
        "messageId": delivery.message_id,
        "message_id": delivery.message_id,
        "publishTime": delivery.publish_time,
        "publish_time": delivery.publish_time,
    }
    if delivery.attributes:
        message["attributes"] = dict(delivery.attributes)
    if delivery.ordering_key:
        message["orderingKey"] = delivery.ordering_key
    return {"message": message, "subscription": subscription, "deliveryAttempt": delivery.attempts}


def dead_letter_attributes(delivery: Delivery, subscription: str) -> dict[str, str]:
    """The original attributes plus the ones Pub/Sub adds when it dead-letters."""
    _, project, _, name = subscription.split("/", 3)
    return {
        **delivery.attributes,
        DEAD_LETTER_DELIVERY_COUNT: str(delivery.attempts),
        DEAD_LETTER_SUBSCRIPTION: name,
        DEAD_LETTER_SUBSCRIPTION_PROJECT: project,
        DEAD_LETTER_TOPIC_PUBLISH_TIME: delivery.publish_time,
    }


@dataclass
class DeliveryBook:
    """The messages a forwarder holds: queued per ordering key, outstanding, or backing off."""

    window: int
    policy: RetryPolicy
    remember_acked: int = 10_000
    _groups: dict[str, deque[Delivery]] = field(default_factory=dict)
    _ready: deque[str] = field(default_factory=deque)
    _waiting: list[tuple[float, int, str]] = field(default_factory=list)
    _outstanding: set[str] = field(default_factory=set)
    _held: dict[str, Delivery] = field(default_factory=dict)
    _acked: OrderedDict[str, None] = field(default_factory=OrderedDict)
    _seq: itertools.count = field(default_factory=itertools.count)

    def __post_init__(self) -> None:
        if self.window < 1:
            raise ValueError("window must be >= 1")

    # -- pulled messages --------------------------------------------------

    def add(self, delivery: Delivery) -> str:
        """``"new"``; ``"held"`` (a redelivery of one we hold: its ack id is refreshed);
        ``"done"`` (already acknowledged: acknowledge it again and drop it)."""
        if delivery.message_id in self._acked:
            return "done"
        known = self._held.get(delivery.message_id)
        if known is not None:
            known.ack_id = delivery.ack_id
            return "held"
        self._held[delivery.message_id] = delivery
        queue = self._groups.setdefault(delivery.group, deque())
        queue.append(delivery)
        if len(queue) == 1:
            self._ready.append(delivery.group)
        return "new"

    # -- what to do now ---------------------------------------------------

    def take(self, now: float) -> list[Delivery]:
        """Deliveries to start now: a POST, or a dead-letter publish when ``exhausted``."""
        while self._waiting and self._waiting[0][0] <= now:
            _, _, group = heapq.heappop(self._waiting)
            self._ready.append(group)
        started = []
        while self._ready and len(self._outstanding) < self.window:
            group = self._ready.popleft()
            delivery = self._groups[group][0]
            self._outstanding.add(group)
            if not delivery.exhausted:
                delivery.attempts += 1
            started.append(delivery)
        return started

    def next_due(self) -> float | None:
        """When the earliest backing-off message may go again (None: none is waiting)."""
        return self._waiting[0][0] if self._waiting else None

    # -- outcomes -----------------------------------------------------------

    def acknowledged(self, delivery: Delivery) -> None:
        """Applied, or published to the dead-letter topic: its key moves on."""
        group = delivery.group
        queue = self._groups[group]
        assert queue[0] is delivery, "only the head of a key is ever outstanding"
        queue.popleft()
        self._outstanding.discard(group)
        del self._held[delivery.message_id]
        self._acked[delivery.message_id] = None
        if len(self._acked) > self.remember_acked:
            self._acked.popitem(last=False)
        if queue:
            self._ready.append(group)
        else:
            del self._groups[group]

    def failed(self, delivery: Delivery, now: float) -> float:
        """A non-2xx answer, a connection error or a failed dead-letter publish.
        Returns the seconds until the next try (0: dead-letter it now)."""
        self._outstanding.discard(delivery.group)
        if not delivery.exhausted and delivery.attempts >= self.policy.max_attempts:
            delivery.exhausted = True
            self._ready.append(delivery.group)
            return 0.0
        wait_s = self.policy.backoff_s(delivery.attempts)
        delivery.not_before = now + wait_s
        heapq.heappush(self._waiting, (delivery.not_before, next(self._seq), delivery.group))
        return wait_s

    def released(self) -> list[Delivery]:
        """Forget everything held (shutting down): the caller gives these back to Pub/Sub."""
        held = list(self._held.values())
        self._groups.clear()
        self._ready.clear()
        self._waiting.clear()
        self._outstanding.clear()
        self._held.clear()
        return held

    # -- counts -------------------------------------------------------------

    @property
    def held(self) -> list[Delivery]:
        """Every message whose lease must be kept alive."""
        return list(self._held.values())

    @property
    def held_count(self) -> int:
        return len(self._held)

    @property
    def outstanding_count(self) -> int:
        return len(self._outstanding)
