"""The push forwarder's rules: window, one outstanding message per ordering key, backoff, dead-lettering.

Time is an argument of the book, so nothing here sleeps.
"""

from __future__ import annotations

import base64
import itertools

import pytest

from local_stack.push_delivery import (
    DEAD_LETTER_DELIVERY_COUNT, DEAD_LETTER_SUBSCRIPTION, DEAD_LETTER_SUBSCRIPTION_PROJECT,
    DEAD_LETTER_TOPIC_PUBLISH_TIME, Delivery, DeliveryBook, RetryPolicy, dead_letter_attributes, push_request,
)

SUBSCRIPTION = "projects/twilio-optout-local/subscriptions/optout-process"
_ids = itertools.count(1000)


def message(key: str = "", data: bytes = b'{"action":"opt_out"}', **attributes) -> Delivery:
    n = next(_ids)
    return Delivery(ack_id=f"ack-{n}", message_id=str(n), data=data, attributes=attributes,
                    publish_time="2026-12-02T15:00:52.432Z", ordering_key=key)


def book(window: int = 100, attempts: int = 5, min_s: float = 1, max_s: float = 10) -> DeliveryBook:
    return DeliveryBook(window, RetryPolicy(attempts, min_s, max_s))


def test_backoff_doubles_from_the_minimum_up_to_the_maximum():
    policy = RetryPolicy(max_attempts=10, min_backoff_s=1, max_backoff_s=10)
    assert [policy.backoff_s(n) for n in range(1, 7)] == [1, 2, 4, 8, 10, 10]


def test_retry_policy_refuses_a_minimum_above_the_maximum():
    with pytest.raises(ValueError):
        RetryPolicy(5, min_backoff_s=20, max_backoff_s=10)


def test_no_more_than_the_window_is_outstanding_and_a_settled_one_makes_room():
    b = book(window=3)
    queued = [message(key=f"+1555555{i:04d}") for i in range(5)]
    for m in queued:
        assert b.add(m) == "new"
    first = b.take(now=0)
    assert first == queued[:3]
    assert b.take(now=0) == []
    b.acknowledged(first[1])
    assert b.take(now=0) == [queued[3]]
    assert b.outstanding_count == 3


def test_next_message_of_a_key_goes_out_only_after_the_previous_is_acknowledged():
    b = book()
    stop, start, stop_again = (message(key="+15555550101") for _ in range(3))
    other = message(key="+15555550102")
    for m in (stop, start, stop_again, other):
        b.add(m)
    assert b.take(now=0) == [stop, other]
    b.acknowledged(other)
    assert b.take(now=0) == []  # start waits for stop
    b.acknowledged(stop)
    assert b.take(now=0) == [start]
    b.acknowledged(start)
    assert b.take(now=0) == [stop_again]


def test_messages_without_a_key_are_not_held_behind_each_other():
    b = book()
    keyless = [message() for _ in range(3)]
    for m in keyless:
        b.add(m)
    assert b.take(now=0) == keyless


def test_a_failed_delivery_is_retried_after_its_backoff_and_blocks_its_key_meanwhile():
    b = book(min_s=1, max_s=10)
    first, second = message(key="+15555550103"), message(key="+15555550103")
    b.add(first)
    b.add(second)
    assert b.take(now=100) == [first]
    assert b.failed(first, now=100) == 1
    assert b.next_due() == 101
    assert b.take(now=100.5) == []  # neither the retry nor the next of its key
    assert b.take(now=101) == [first]
    assert first.attempts == 2
    assert b.failed(first, now=101) == 2
    assert b.take(now=103) == [first]
    b.acknowledged(first)
    assert b.take(now=103) == [second]


def test_a_backing_off_key_does_not_hold_up_other_keys():
    b = book(window=1)
    failing, fine = message(key="+15555550104"), message(key="+15555550105")
    b.add(failing)
    b.add(fine)
    [taken] = b.take(now=0)
    b.failed(taken, now=0)
    assert b.take(now=0) == [fine]


def test_after_the_maximum_attempts_the_message_is_dead_lettered_then_its_key_moves_on():
    b = book(attempts=3, min_s=1, max_s=1)
    doomed, after = message(key="+15555550106"), message(key="+15555550106")
    b.add(doomed)
    b.add(after)
    now = 0.0
    for attempt in (1, 2):
        assert b.take(now) == [doomed] and doomed.attempts == attempt
        assert b.failed(doomed, now) == 1
        now += 1
    assert b.take(now) == [doomed] and doomed.attempts == 3
    assert b.failed(doomed, now) == 0  # no more pushes: dead-letter it now
    assert doomed.exhausted
    assert b.take(now) == [doomed]  # the dead-letter publish
    assert doomed.attempts == 3  # publishing is no delivery attempt
    assert b.take(now) == []  # the key is still blocked while it publishes
    b.acknowledged(doomed)
    assert b.take(now) == [after]


def test_a_failed_dead_letter_publish_is_tried_again_after_a_backoff():
    b = book(attempts=1, min_s=2, max_s=2)
    doomed = message(key="+15555550107")
    b.add(doomed)
    b.take(now=0)
    b.failed(doomed, now=0)
    assert b.take(now=0) == [doomed] and doomed.exhausted
    assert b.failed(doomed, now=0) == 2
    assert b.take(now=1) == []
    assert b.take(now=2) == [doomed] and doomed.exhausted and doomed.attempts == 1


def test_a_redelivery_of_a_held_message_refreshes_its_ack_id_and_is_not_queued_twice():
    b = book()
    held = message(key="+15555550108")
    b.add(held)
    again = Delivery("ack-new", held.message_id, held.data, {}, held.publish_time, held.ordering_key)
    assert b.add(again) == "held"
    assert held.ack_id == "ack-new"
    assert b.held_count == 1
    assert b.take(now=0) == [held]


def test_a_redelivery_of_an_acknowledged_message_is_acknowledged_again_and_dropped():
    b = book()
    done = message(key="+15555550109")
    b.add(done)
    b.take(now=0)
    b.acknowledged(done)
    again = Delivery("ack-again", done.message_id, done.data, {}, done.publish_time, done.ordering_key)
    assert b.add(again) == "done"
    assert b.held_count == 0 and b.take(now=0) == []


def test_every_held_message_keeps_its_lease_and_is_given_back_on_release():
    b = book(window=1)
    messages = [message(key="+15555550110"), message(key="+15555550110"), message(key="+15555550111")]
    for m in messages:
        b.add(m)
    b.take(now=0)
    assert {m.ack_id for m in b.held} == {m.ack_id for m in messages}
    assert set(b.released()) == set(messages)
    assert b.held_count == 0 and b.take(now=0) == []


def test_push_request_has_the_wrapped_push_format_with_the_delivery_attempt():
    m = message(key="+15555550112", data=b'{"phone":"+15555550112"}', source="twilio")
    m.attempts = 2
    body = push_request(m, SUBSCRIPTION)
    assert body == {
        "message": {
            "data": base64.b64encode(b'{"phone":"+15555550112"}').decode(),
            "attributes": {"source": "twilio"},
            "messageId": m.message_id, "message_id": m.message_id,
            "publishTime": "2026-12-02T15:00:52.432Z", "publish_time": "2026-12-02T15:00:52.432Z",
            "orderingKey": "+15555550112",
        },
        "subscription": SUBSCRIPTION,
        "deliveryAttempt": 2,
    }


def test_push_request_leaves_out_an_empty_ordering_key_and_attributes():
    body = push_request(message(), SUBSCRIPTION)
    assert "orderingKey" not in body["message"] and "attributes" not in body["message"]


def test_dead_letter_attributes_are_pubsubs_plus_the_originals():
    m = message(key="+15555550113", event_version="1")
    m.attempts = 5
    assert dead_letter_attributes(m, SUBSCRIPTION) == {
        "event_version": "1",
        DEAD_LETTER_DELIVERY_COUNT: "5",
        DEAD_LETTER_SUBSCRIPTION: "optout-process",
        DEAD_LETTER_SUBSCRIPTION_PROJECT: "twilio-optout-local",
        DEAD_LETTER_TOPIC_PUBLISH_TIME: "2026-12-02T15:00:52.432Z",
    }
