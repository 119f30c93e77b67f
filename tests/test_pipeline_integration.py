"""The whole pipeline on real parts: Pub/Sub emulator, both functions under
functions-framework, and the Customer.io sandbox over HTTP."""

from __future__ import annotations

import base64
import json
import time

import pytest
import requests
from google.cloud import pubsub_v1

from common.event import Action, OptEvent
from common.pubsub import PUBSUB_DELIVERY_COUNT_ATTRIBUTE, REASON_ATTRIBUTE
from local_stack.push_delivery import (
    DEAD_LETTER_SUBSCRIPTION, DEAD_LETTER_SUBSCRIPTION_PROJECT, DEAD_LETTER_TOPIC_PUBLISH_TIME,
)
from optout.twilio_webhook import inbound_sms, post_signed
from tests.conftest import TEST_DELIVERY
from tests.pipeline import new_number, send_sms, wait_for

pytestmark = pytest.mark.integration

ATTRIBUTE = "sms_unsubscribe"


def unsubscribed(sandbox, cio_id):
    person = sandbox.person(cio_id)
    return person.attributes.get(ATTRIBUTE) if person else None


def wait_until(sandbox, cio_ids, value, timeout_s=30.0):
    def reached():
        held = {p.cio_id: p.attributes.get(ATTRIBUTE) for p in sandbox.people()}
        return all(held.get(c) is value for c in cio_ids)
    wait_for(reached, timeout_s, what=f"{ATTRIBUTE} = {value} on {len(cio_ids)} profile(s)")


def add_profile(sandbox, phone, **identity) -> str:
    return sandbox.add_person(attributes={"phone": phone}, **identity)


def updates(sandbox) -> dict:
    """Track v2 batch calls by answer (process updates every profile of a batch in one)."""
    return sandbox.stats().get("track", {}).get("batch", {})


def searches(sandbox) -> int:
    return sum(sandbox.stats().get("app", {}).get("search", {}).values())


def send_sms_sid(stack, phone, body) -> str:
    form = inbound_sms(phone, body)
    assert post_signed(stack.webhook_url, form, stack.settings.twilio_auth_token).status_code == 200
    return form["MessageSid"]


def process_log(stack) -> list[str]:
    return (stack.logs_dir / "process.log").read_text().splitlines()


def forwarder_log(stack) -> str:
    return (stack.logs_dir / "push-forwarder.log").read_text()


def _lines(log, sid) -> list[int]:
    return [i for i, line in enumerate(log) if f'"message_sid": "{sid}"' in line]


def first_line(log, sid) -> int:
    return _lines(log, sid)[0]


def last_line(log, sid) -> int:
    return _lines(log, sid)[-1]


def applied_line(log, sid) -> int:
    return next(i for i in _lines(log, sid) if '"outcome": "applied"' in log[i])


def applied(stack, sid) -> bool:
    return any('"outcome": "applied"' in process_log(stack)[i] for i in _lines(process_log(stack), sid))


def apply_marker(stack, sandbox) -> None:
    """Send one STOP that must be applied: anything published before it has been pushed too."""
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, [cio_id], True)


def test_signed_stop_sets_the_attribute_true(stack, sandbox):
    phone = new_number()
    cio_id = add_profile(sandbox, phone, id="p1-" + phone)
    response = send_sms(stack, phone, "STOP")
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/xml")
    wait_until(sandbox, [cio_id], True)


def test_signed_start_sets_the_attribute_false(stack, sandbox):
    phone = new_number()
    cio_id = sandbox.add_person(attributes={"phone": phone, ATTRIBUTE: True})
    assert send_sms(stack, phone, "start").status_code == 200
    wait_until(sandbox, [cio_id], False)


def test_stop_then_start_back_to_back_ends_opted_in(stack, sandbox):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    assert send_sms(stack, phone, "STOP").status_code == 200
    assert send_sms(stack, phone, "START").status_code == 200
    wait_for(lambda: sandbox.person(cio_id).timestamps.get(ATTRIBUTE) and unsubscribed(sandbox, cio_id) is False,
             what="the START applied after the STOP")
    apply_marker(stack, sandbox)  # nothing for this number is still in flight ...
    assert unsubscribed(sandbox, cio_id) is False  # ... and it ended opted in


def test_message_that_is_no_keyword_makes_no_customerio_call(stack, sandbox):
    before = searches(sandbox)
    assert send_sms(stack, new_number(), "see you this weekend").status_code == 200
    apply_marker(stack, sandbox)
    assert searches(sandbox) - before == 1  # the marker's search only


def test_forged_request_answers_403_and_publishes_nothing(stack, sandbox):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    params = {"From": phone, "Body": "STOP", "MessageSid": "SMforged"}
    response = requests.post(stack.webhook_url, data=params, headers={"X-Twilio-Signature": "Zm9yZ2Vk"}, timeout=5)
    assert response.status_code == 403
    assert requests.post(stack.webhook_url, data=params, timeout=5).status_code == 403
    apply_marker(stack, sandbox)
    assert unsubscribed(sandbox, cio_id) is None


def test_every_profile_with_the_number_is_updated_including_one_without_id(stack, sandbox):
    phone = new_number()
    cio_ids = [
        add_profile(sandbox, phone, id="with-id-" + phone, email=f"a{phone[1:]}@example.com"),
        add_profile(sandbox, phone, email=f"b{phone[1:]}@example.com"),  # no id
        add_profile(sandbox, phone, id="second-" + phone),
    ]
    other = add_profile(sandbox, new_number())
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, cio_ids, True)
    assert unsubscribed(sandbox, other) is None


def test_profiles_beyond_the_first_search_page_are_updated(stack, sandbox):
    phone = new_number()
    cio_ids = sandbox.add_people([{"email": f"p{i}.{phone[1:]}@example.com", "attributes": {"phone": phone}}
                                  for i in range(1005)])  # the App API returns at most 1000 a page
    before = searches(sandbox)
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, cio_ids, True, timeout_s=60)
    assert searches(sandbox) - before == 2


def test_track_failing_twice_then_succeeding_is_applied_once_and_not_dead_lettered(stack, sandbox, dead_letters):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    sandbox.add_fault("track", 500, count=2, endpoint="batch", body_contains=cio_id)
    before = updates(sandbox)
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, [cio_id], True)
    after = updates(sandbox)
    assert after.get("500", 0) - before.get("500", 0) == 2
    assert after.get("200", 0) - before.get("200", 0) == 1
    apply_marker(stack, sandbox)
    assert dead_letters.drain() == []


def test_app_api_429_with_retry_after_is_waited_out_and_applied(stack, sandbox, dead_letters):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    sandbox.add_fault("app", 429, count=1, retry_after_s=1)
    started = time.monotonic()
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, [cio_id], True)
    assert time.monotonic() - started >= 1.0  # Retry-After was honoured
    assert dead_letters.drain() == []


def test_track_failing_always_is_dead_lettered_with_pubsubs_attributes_and_unblocks_its_number(
        stack, sandbox, dead_letters):
    # One ordered route, as in production: the forwarder dead-letters after the
    # maximum attempts, and only then delivers the START queued behind the STOP.
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    sandbox.add_fault("track", 500, count=None, endpoint="batch", body_contains=cio_id)
    stop_sid = send_sms_sid(stack, phone, "STOP")
    start_sid = send_sms_sid(stack, phone, "START")
    letter = dead_letters.wait_for(lambda d: json.loads(d.data).get("message_sid") == stop_sid, timeout_s=120)
    sandbox.clear_faults()
    subscription = stack.topology.events.subscription
    assert letter.attributes[PUBSUB_DELIVERY_COUNT_ATTRIBUTE] == str(TEST_DELIVERY.max_delivery_attempts)
    assert letter.attributes[DEAD_LETTER_SUBSCRIPTION] == subscription.rsplit("/", 1)[1]
    assert letter.attributes[DEAD_LETTER_SUBSCRIPTION_PROJECT] == stack.settings.project
    assert letter.attributes[DEAD_LETTER_TOPIC_PUBLISH_TIME].endswith("Z")
    assert REASON_ATTRIBUTE not in letter.attributes  # Pub/Sub's dead-lettering, not process's
    event_attributes = {k: v for k, v in letter.attributes.items() if not k.startswith("CloudPubSub")}
    assert event_attributes, "the original attributes travel with the dead letter"
    wait_until(sandbox, [cio_id], False, timeout_s=60)
    log = process_log(stack)
    assert first_line(log, start_sid) > last_line(log, stop_sid), "the START was delivered before the STOP gave up"


def test_stop_start_stop_for_one_number_are_applied_in_order_while_the_first_is_retried(stack, sandbox):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    sandbox.add_fault("track", 500, count=None, endpoint="batch", body_contains=cio_id)
    failures_before = forwarder_log(stack).count("push delivery failed")
    sids = [send_sms_sid(stack, phone, body) for body in ("STOP", "START", "STOP")]
    wait_for(lambda: forwarder_log(stack).count("push delivery failed") > failures_before, timeout_s=30,
             what="the first delivery of the STOP to fail")
    sandbox.clear_faults()  # its retry now succeeds; the other two waited behind it
    wait_for(lambda: all(applied(stack, sid) for sid in sids),
             timeout_s=60, what="all three applied")
    log = process_log(stack)
    assert [applied_line(log, sid) for sid in sids] == sorted(applied_line(log, sid) for sid in sids)
    assert first_line(log, sids[1]) > applied_line(log, sids[0])  # START not even tried before
    assert unsubscribed(sandbox, cio_id) is True


def test_a_crash_of_process_mid_batch_loses_nothing(stack, sandbox, dead_letters):
    phones = [new_number() for _ in range(30)]
    cio_ids = dict(zip(phones, sandbox.add_people([{"attributes": {"phone": p}} for p in phones])))
    sandbox.add_fault("track", None, count=None, delay_s=3, endpoint="batch")  # batches in flight
    searches_before = searches(sandbox)
    for phone in phones:
        assert send_sms(stack, phone, "STOP").status_code == 200
    wait_for(lambda: searches(sandbox) > searches_before, timeout_s=30, what="a batch looked up")
    failures_before = forwarder_log(stack).count("push delivery failed")
    stack.process.kill()
    sandbox.clear_faults()
    stack.process.start()

    def settled():
        held = {p.cio_id: p.attributes.get(ATTRIBUTE) for p in sandbox.people()}
        lettered = {json.loads(d.data).get("phone") for d in dead_letters.drain()}
        return all(held.get(cio_ids[p]) is True or p in lettered for p in phones)
    wait_for(settled, timeout_s=120, what="every STOP applied or dead-lettered")
    assert forwarder_log(stack).count("push delivery failed") > failures_before, "nothing was in flight"


def test_number_without_profile_is_dead_lettered_with_its_reason(stack, sandbox, dead_letters):
    phone = new_number()
    assert send_sms(stack, phone, "STOP").status_code == 200
    letter = dead_letters.wait_for(lambda d: json.loads(d.data).get("phone") == phone)
    assert letter.attributes[REASON_ATTRIBUTE] == "no_matching_profile"
    assert phone not in letter.attributes["detail"]  # masked


def test_garbage_on_the_topic_is_dead_lettered_and_the_next_event_is_processed(stack, sandbox, dead_letters):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    publisher = pubsub_v1.PublisherClient(
        publisher_options=pubsub_v1.types.PublisherOptions(enable_message_ordering=True))
    publisher.publish(stack.topology.events.topic, b"\x00not an event", ordering_key=phone).result(timeout=10)
    letter = dead_letters.wait_for(lambda d: d.data == b"\x00not an event")
    assert letter.attributes[REASON_ATTRIBUTE] == "malformed_event"
    assert send_sms(stack, phone, "STOP").status_code == 200
    wait_until(sandbox, [cio_id], True)


def test_process_accepts_an_eventarc_cloudevent_as_well_as_a_push_request(stack, sandbox):
    phone = new_number()
    cio_id = add_profile(sandbox, phone)
    event = OptEvent(Action.OPT_OUT, phone, "STOP", "SMeventarc", time.time())
    data = {"message": {"data": base64.b64encode(event.encode()).decode(), "messageId": "42",
                        "attributes": event.attributes()},
            "subscription": "projects/p/subscriptions/eventarc-sub"}
    headers = {
        "ce-specversion": "1.0", "ce-id": "42", "ce-source": "//pubsub.googleapis.com/projects/p/topics/t",
        "ce-type": "google.cloud.pubsub.topic.v1.messagePublished", "Content-Type": "application/json",
    }
    response = requests.post(stack.process.url, json=data, headers=headers, timeout=30)
    assert response.status_code == 200
    assert unsubscribed(sandbox, cio_id) is True
