import hashlib
import json
import logging

import flask
import pytest

from common.errors import TransientError
from common.event import Action, OptEvent
from ingest.config import load_config
from ingest.handler import EMPTY_TWIML, IngestHandler
from tests.signed_requests import PUBLIC_URL, TOKEN, sign, webhook_request

NOW = 1764279000.5


class RecordingPublisher:
    def __init__(self, fail: bool = False) -> None:
        self.events: list[OptEvent] = []
        self.fail = fail

    def publish(self, event: OptEvent) -> str:
        if self.fail:
            raise TransientError("publish failed")
        self.events.append(event)
        return str(len(self.events))


def handler(publisher=None, **env):
    config = load_config({"TWILIO_AUTH_TOKEN": TOKEN, "PUBSUB_TOPIC": "projects/p/topics/t", **env})
    return IngestHandler(config, publisher or RecordingPublisher(), clock=lambda: NOW)


def test_opt_out_keyword_answers_empty_twiml_and_publishes_one_event():
    publisher = RecordingPublisher()
    request = webhook_request(" Stop! ")
    response = handler(publisher).handle(request)
    assert response.status_code == 200
    assert response.mimetype == "text/xml"
    assert response.get_data(as_text=True) == EMPTY_TWIML
    [event] = publisher.events
    assert event == OptEvent(Action.OPT_OUT, "+15555550100", "STOP", request.form["MessageSid"], NOW)


def test_opt_in_keyword_publishes_an_opt_in_event():
    publisher = RecordingPublisher()
    handler(publisher).handle(webhook_request("start"))
    assert [e.action for e in publisher.events] == [Action.OPT_IN]


def test_other_text_answers_twiml_and_publishes_nothing():
    publisher = RecordingPublisher()
    response = handler(publisher).handle(webhook_request("see you this weekend"))
    assert response.status_code == 200
    assert response.get_data(as_text=True) == EMPTY_TWIML
    assert publisher.events == []


def test_missing_or_wrong_signature_answers_403_and_publishes_nothing():
    publisher = RecordingPublisher()
    assert handler(publisher).handle(webhook_request(signature="")).status_code == 403
    assert handler(publisher).handle(webhook_request(token="wrong")).status_code == 403
    assert publisher.events == []


def test_signed_request_without_from_answers_400():
    publisher = RecordingPublisher()
    assert handler(publisher).handle(webhook_request(drop=("From",))).status_code == 400
    assert publisher.events == []


def test_signed_json_body_answers_400():
    body = json.dumps({"From": "+15555550100", "Body": "STOP"})
    query = "bodySHA256=" + hashlib.sha256(body.encode()).hexdigest()
    request = flask.Request.from_values(
        base_url="https://optout.example.test", path="/ingest", query_string=query,
        method="POST", data=body, content_type="application/json",
        headers={"X-Twilio-Signature": sign(f"{PUBLIC_URL}?{query}", {})},
    )
    assert handler().handle(request).status_code == 400


@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE"])
def test_methods_other_than_post_answer_405(method):
    response = handler().handle(webhook_request(method=method))
    assert response.status_code == 405
    assert response.headers["Allow"] == "POST"


def test_failed_publish_answers_503_so_twilio_records_the_failure():
    assert handler(RecordingPublisher(fail=True)).handle(webhook_request()).status_code == 503


@pytest.mark.parametrize("sender", ["12345", "ACME", "messenger:1234567890"])
def test_sender_that_is_not_a_phone_number_is_answered_and_not_published(sender):
    publisher = RecordingPublisher()
    assert handler(publisher).handle(webhook_request(sender=sender)).status_code == 200
    assert publisher.events == []


def test_whatsapp_sender_is_reduced_to_its_number():
    publisher = RecordingPublisher()
    handler(publisher).handle(webhook_request(sender="whatsapp:+15555550100"))
    assert publisher.events[0].phone == "+15555550100"


def test_advanced_opt_out_type_decides_over_the_keyword_lists():
    publisher = RecordingPublisher()
    handler(publisher).handle(webhook_request("ARRET", extra={"OptOutType": "STOP"}))
    handler(publisher).handle(webhook_request("STOP", extra={"OptOutType": "HELP"}))
    assert [(e.action, e.keyword) for e in publisher.events] == [(Action.OPT_OUT, "STOP")]


def test_contains_mode_from_the_environment_is_applied():
    publisher = RecordingPublisher()
    handler(publisher, KEYWORD_MATCH="contains").handle(webhook_request("please stop"))
    assert len(publisher.events) == 1


def test_logs_mask_the_number_and_never_hold_the_auth_token(caplog):
    caplog.set_level(logging.DEBUG)
    handler().handle(webhook_request())
    handler().handle(webhook_request(token="wrong"))
    text = "\n".join(f"{r.getMessage()} {getattr(r, 'fields', '')}" for r in caplog.records)
    assert "+1555***0100" in text
    assert "+15555550100" not in text
    assert TOKEN not in text


REPLY = "You will get no more texts from us."


def test_intent_mode_publishes_a_natural_language_opt_out_named_by_its_rule():
    publisher = RecordingPublisher()
    response = handler(publisher, KEYWORD_MATCH="intent").handle(webhook_request("please take me off your list"))
    assert response.get_data(as_text=True) == EMPTY_TWIML  # no OPT_OUT_REPLY set
    [event] = publisher.events
    assert (event.action, event.keyword) == (Action.OPT_OUT, "phrase:take-me-off")


def test_opt_out_reply_answers_an_intent_only_opt_out_with_a_message():
    publisher = RecordingPublisher()
    response = handler(publisher, KEYWORD_MATCH="intent", OPT_OUT_REPLY=REPLY).handle(
        webhook_request("stop texting me please"))
    body = response.get_data(as_text=True)
    assert response.mimetype == "text/xml"
    assert body == f'<?xml version="1.0" encoding="UTF-8"?><Response><Message>{REPLY}</Message></Response>'
    assert [e.action for e in publisher.events] == [Action.OPT_OUT]


@pytest.mark.parametrize(("body", "opt_out_type"), [
    ("STOP", None),  # Twilio blocks the number and confirms itself
    ("Stop!\n\nSent from my Pixel", None),  # the exact rules match it too
    ("please stop texting me", "STOP"),  # Advanced Opt-Out handled it
])
def test_opt_out_reply_is_not_sent_when_a_keyword_or_twilio_decided(body, opt_out_type):
    publisher = RecordingPublisher()
    fields = {"OptOutType": opt_out_type} if opt_out_type else {}
    response = handler(publisher, KEYWORD_MATCH="intent", OPT_OUT_REPLY=REPLY).handle(webhook_request(body, extra=fields))
    assert response.get_data(as_text=True) == EMPTY_TWIML
    assert [e.action for e in publisher.events] == [Action.OPT_OUT]


def test_opt_out_reply_is_not_sent_for_an_opt_in_or_other_text():
    publisher = RecordingPublisher()
    h = handler(publisher, KEYWORD_MATCH="intent", OPT_OUT_REPLY=REPLY)
    assert h.handle(webhook_request("turn them back on")).get_data(as_text=True) == EMPTY_TWIML
    assert h.handle(webhook_request("cancel my order")).get_data(as_text=True) == EMPTY_TWIML
    assert [e.action for e in publisher.events] == [Action.OPT_IN]


def test_the_log_names_the_deciding_rule_and_never_the_message_text(caplog):
    caplog.set_level(logging.INFO, logger="ingest.handler")
    handler(RecordingPublisher(), KEYWORD_MATCH="intent").handle(webhook_request("don't stop the deals, Priya"))
    [record] = [r for r in caplog.records if r.getMessage() == "classified"]
    assert record.fields["rule"].startswith("negated:") and record.fields["label"] == "other"
    assert all("Priya" not in str(r.__dict__) for r in caplog.records)


def test_a_help_message_publishes_nothing_and_is_logged_as_help(caplog):
    caplog.set_level(logging.INFO, logger="ingest.handler")
    publisher = RecordingPublisher()
    handler(publisher).handle(webhook_request("HELP"))
    assert publisher.events == []
    assert [r.fields["label"] for r in caplog.records if r.getMessage() == "classified"] == ["help"]
