"""A local Pub/Sub push subscription: pull from an ordered emulator subscription, POST to ``process``.

The emulator's own push delivers about 2 requests at a time and never
dead-letters on an ordered subscription (README, "How the local subscriptions
differ from production"). This process does what production Pub/Sub does
instead (rules in ``push_delivery``): a window of outstanding pushes, one per
ordering key, backoff, and dead-lettering with Pub/Sub's attributes.

Nothing is acknowledged on the emulator before ``process`` answered 2xx or the
message is on the dead-letter topic; leases are renewed while a message is
held, so the emulator never delivers it a second time behind our back, and
after a crash every unacknowledged message comes back.

    python -m local_stack.push_forwarder --subscription projects/P/subscriptions/S \\
        --endpoint http://127.0.0.1:8081/ --dead-letter-topic projects/P/topics/T
"""

from __future__ import annotations

import argparse
import logging
import os
import queue
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import requests
from google.api_core import exceptions as api_exceptions
from google.cloud import pubsub_v1

from common.logs import configure_logging
from common.pubsub import make_publisher
from local_stack.push_delivery import (
    ACK_STATUSES, Delivery, DeliveryBook, RetryPolicy, dead_letter_attributes, push_request,
)
from local_stack.signals import ignore_stop_signals, interrupt_on_stop_signals

log = logging.getLogger(__name__)

READY_LINE = "push forwarder ready"
_ACK_CHUNK = 500  # ack ids per acknowledge / modify-ack-deadline request
IDLE_PULL_INTERVAL_S = 0.02  # between pulls that found nothing
_LONGEST_WAIT_S = 0.5  # the main loop's longest wait, so a stop signal is acted on within it


@dataclass(frozen=True)
class ForwarderSettings:
    subscription: str
    endpoint: str
    dead_letter_topic: str
    window: int = 100
    policy: RetryPolicy = RetryPolicy()
    ack_deadline_s: int = 60
    # Messages held at most (outstanding, queued behind their key, backing off).
    max_held: int = 1000


class PushForwarder:
    def __init__(self, settings: ForwarderSettings, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.settings = settings
        self._clock = clock
        self._book = DeliveryBook(settings.window, settings.policy)
        self._subscriber = pubsub_v1.SubscriberClient()
        self._publisher = make_publisher(ordering=False)
        self._events: queue.Queue = queue.Queue()
        # Daemon workers: a push still in flight at shutdown must not hold the exit up.
        self._work: queue.Queue = queue.Queue()
        for n in range(settings.window):
            threading.Thread(target=self._work_forever, name=f"push-{n}", daemon=True).start()
        self._local = threading.local()
        self._room = threading.Condition()
        self._held = 0
        self._stopping = threading.Event()

    # -- main loop (one thread owns the book) ------------------------------

    def run(self) -> None:
        puller = threading.Thread(target=self._pull_forever, name="pull", daemon=True)
        puller.start()
        log.info(READY_LINE, extra={"fields": {"subscription": self.settings.subscription,
                                               "endpoint": self.settings.endpoint,
                                               "window": self.settings.window}})
        renew_every_s = max(1.0, self.settings.ack_deadline_s / 3)
        next_renewal = self._clock() + renew_every_s
        try:
            while True:
                now = self._clock()
                for delivery in self._book.take(now):
                    self._work.put(delivery)
                if now >= next_renewal:
                    self._renew_leases()
                    next_renewal = now + renew_every_s
                due = self._book.next_due()
                wait_s = min(next_renewal, due if due is not None else next_renewal) - now
                try:
                    # At most half a second: a stop signal that the kernel hands to another thread wakes nothing
                    # here, and its handler runs in this thread only once this wait returns.
                    event = self._events.get(timeout=min(_LONGEST_WAIT_S, max(0.01, wait_s)))
                except queue.Empty:
                    continue
                self._handle(event)
                while not self._events.empty():
                    self._handle(self._events.get_nowait())
        finally:
            self._stopping.set()
            self._give_back()

    def _handle(self, event: tuple) -> None:
        kind, delivery, detail = event
        if kind == "pulled":
            outcome = self._book.add(delivery)
            if outcome == "done":
                self._ack([delivery.ack_id])
            if outcome != "new":
                self._set_held(self._book.held_count)
        elif kind == "acked":
            self._book.acknowledged(delivery)
            self._set_held(self._book.held_count)
        elif kind == "failed":
            wait_s = self._book.failed(delivery, self._clock())
            log.warning("push delivery failed", extra={"fields": {
                "message_id": delivery.message_id, "delivery_attempt": delivery.attempts,
                "detail": detail, "retry_in_s": wait_s,
                "next": "dead-letter" if delivery.exhausted and wait_s == 0 else "retry"}})

    # -- pulling ------------------------------------------------------------

    def _pull_forever(self) -> None:
        # Short pulls that return at once: a blocking pull still open on the
        # emulator when this process dies takes the next messages with it, and
        # they come back only after the ack deadline.
        while not self._stopping.is_set():
            with self._room:
                while self._held >= self.settings.max_held and not self._stopping.is_set():
                    self._room.wait(1.0)
                room = self.settings.max_held - self._held
            try:
                response = self._subscriber.pull(
                    request={"subscription": self.settings.subscription, "max_messages": min(room, 1000),
                             "return_immediately": True},
                    timeout=10, retry=None)
            except (api_exceptions.DeadlineExceeded, api_exceptions.ServiceUnavailable):
                self._stopping.wait(0.5)  # the emulator is busy or not up (yet)
                continue
            except Exception:  # noqa: BLE001 - the emulator going away ends in a stop signal soon
                if not self._stopping.is_set():
                    log.exception("pull failed")
                    time.sleep(1.0)
                continue
            if not response.received_messages:
                self._stopping.wait(IDLE_PULL_INTERVAL_S)
                continue
            with self._room:
                self._held += len(response.received_messages)
            for received in response.received_messages:
                self._events.put(("pulled", _delivery(received), None))

    def _set_held(self, count: int) -> None:
        with self._room:
            self._held = count
            self._room.notify()

    # -- one delivery (worker threads) --------------------------------------

    def _work_forever(self) -> None:
        while True:
            self._attempt(self._work.get())

    def _attempt(self, delivery: Delivery) -> None:
        if self._stopping.is_set():
            return
        try:
            if delivery.exhausted:
                self._dead_letter(delivery)
            else:
                self._push(delivery)
        except _Failed as failure:
            self._events.put(("failed", delivery, str(failure)))
            return
        self._ack([delivery.ack_id])
        self._events.put(("acked", delivery, None))

    def _push(self, delivery: Delivery) -> None:
        session = getattr(self._local, "session", None)
        if session is None:
            session = self._local.session = requests.Session()
        try:
            answer = session.post(self.settings.endpoint, json=push_request(delivery, self.settings.subscription),
                                  timeout=self.settings.ack_deadline_s)
        except requests.RequestException as exc:
            raise _Failed(exc.__class__.__name__) from exc
        if answer.status_code not in ACK_STATUSES:
            raise _Failed(f"HTTP {answer.status_code}")

    def _dead_letter(self, delivery: Delivery) -> None:
        attributes = dead_letter_attributes(delivery, self.settings.subscription)
        try:
            self._publisher.publish(self.settings.dead_letter_topic, delivery.data, **attributes).result(timeout=30)
        except Exception as exc:  # noqa: BLE001 - not acknowledged; tried again after a backoff
            raise _Failed(f"dead-letter publish failed: {exc.__class__.__name__}") from exc
        log.warning("message dead-lettered", extra={"fields": {
            "message_id": delivery.message_id, "delivery_attempts": delivery.attempts}})

    # -- leases ---------------------------------------------------------------

    def _ack(self, ack_ids: list[str]) -> None:
        for chunk in _chunks(ack_ids):
            try:
                self._subscriber.acknowledge(request={"subscription": self.settings.subscription, "ack_ids": chunk})
            except Exception:  # noqa: BLE001 - at least once: the message may come again, and is applied again
                log.exception("acknowledge failed")

    def _renew_leases(self) -> None:
        self._modify_deadline([d.ack_id for d in self._book.held], self.settings.ack_deadline_s)

    def _give_back(self) -> None:
        """Shutting down: what is not acknowledged goes back to the emulator at once."""
        self._modify_deadline([d.ack_id for d in self._book.released()], 0)

    def _modify_deadline(self, ack_ids: list[str], seconds: int) -> None:
        for chunk in _chunks(ack_ids):
            try:
                self._subscriber.modify_ack_deadline(request={
                    "subscription": self.settings.subscription, "ack_ids": chunk, "ack_deadline_seconds": seconds})
            except Exception:  # noqa: BLE001 - the next renewal tries again
                log.exception("modify ack deadline failed")


class _Failed(Exception):
    """A delivery that did not end in an acknowledgement."""


def _delivery(received) -> Delivery:
    message = received.message
    return Delivery(
        ack_id=received.ack_id,
        message_id=message.message_id,
        data=bytes(message.data),
        attributes=dict(message.attributes),
        publish_time=pubsub_v1.types.PubsubMessage.pb(message).publish_time.ToJsonString(),
        ordering_key=message.ordering_key,
    )


def _chunks(items: list[str]) -> list[list[str]]:
    return [items[i:i + _ACK_CHUNK] for i in range(0, len(items), _ACK_CHUNK)]


def parse_args(argv: list[str]) -> ForwarderSettings:
    parser = argparse.ArgumentParser(prog="python -m local_stack.push_forwarder", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--subscription", required=True, help="the ordered pull subscription on the emulator")
    parser.add_argument("--endpoint", required=True, help="the push endpoint (process)")
    parser.add_argument("--dead-letter-topic", required=True)
    parser.add_argument("--window", type=int, default=100, help="pushes outstanding at once")
    parser.add_argument("--max-attempts", type=int, default=5)
    parser.add_argument("--min-backoff", type=float, default=10.0, help="seconds")
    parser.add_argument("--max-backoff", type=float, default=600.0, help="seconds")
    parser.add_argument("--ack-deadline", type=int, default=60, help="seconds; also the push request timeout")
    args = parser.parse_args(argv)
    return ForwarderSettings(
        subscription=args.subscription, endpoint=args.endpoint, dead_letter_topic=args.dead_letter_topic,
        window=args.window, policy=RetryPolicy(args.max_attempts, args.min_backoff, args.max_backoff),
        ack_deadline_s=args.ack_deadline, max_held=max(1000, 10 * args.window),
    )


def main(argv: list[str] | None = None) -> int:
    configure_logging()
    settings = parse_args(sys.argv[1:] if argv is None else argv)
    interrupt_on_stop_signals()
    forwarder = PushForwarder(settings)
    try:
        forwarder.run()
    except KeyboardInterrupt:
        ignore_stop_signals()
    return 0


if __name__ == "__main__":
    status = main()
    # Every held message is handed back by now. Skip interpreter finalisation: with
    # the Pub/Sub client's gRPC threads still up, it can hang after a burst of
    # stop signals, and a stopped forwarder must exit.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
