"""Fuzz ingest at its trust boundary: random forms, headers, content types, encodings and sizes.

Through a real Flask app and WSGI environ (werkzeug's test client), with a
recording publisher. The properties: no 5xx unless the publish failed; no
exception logged; nothing published without a valid signature; at most one
event per request.
"""

from __future__ import annotations

import logging
import urllib.parse

import flask
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from twilio.request_validator import RequestValidator

from ingest.body import MAX_BODY_BYTES
from ingest.config import load_config
from ingest.handler import IngestHandler
from tests.signed_requests import TOKEN
from tests.test_ingest_handler import RecordingPublisher

URL = "https://optout.example.test/ingest"
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

header_text = st.text(st.characters(min_codepoint=32, max_codepoint=126), max_size=80)
field_text = st.text(max_size=40)
senders = st.one_of(st.sampled_from(["+15555550100", "+1 555 555 0123", "whatsapp:+447700900123", "24273", "ACME",
                                     "+15555550100\n", "+1555555\u0660\u0661\u0662\u0663", ""]), field_text)
bodies = st.one_of(st.sampled_from(["STOP", " Stop! ", "start", "ＳＴＯＰ", "please stop", "", "HELP"]), field_text)
content_types = st.one_of(
    st.sampled_from(["application/x-www-form-urlencoded", "application/x-www-form-urlencoded; charset=latin-1",
                     "application/json", "multipart/form-data; boundary=x", "text/plain", ""]),
    header_text)


class ExceptionRecorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # A failed publish is logged with its exception on purpose; anything else is a bug.
        if (record.exc_info or record.levelno >= logging.ERROR) and record.getMessage() != "publish failed":
            self.records.append(record)


def app_for(publisher) -> flask.Flask:
    config = load_config({"TWILIO_AUTH_TOKEN": TOKEN, "PUBSUB_TOPIC": "projects/p/topics/t",
                          "TWILIO_WEBHOOK_SHARED_KEY": "fuzz-shared-key"})
    handler = IngestHandler(config, publisher, clock=lambda: 1764279000.5)
    app = flask.Flask(__name__)
    app.add_url_rule("/ingest", "ingest", lambda: handler.handle(flask.request),
                     methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
    return app


def post(publisher, *, data: bytes, headers: dict, method: str = "POST", query: str = "") -> int:
    recorder = ExceptionRecorder()
    logging.getLogger().addHandler(recorder)
    try:
        response = app_for(publisher).test_client().open(f"/ingest{query}", method=method, data=data,
                                                         headers=headers, base_url="https://optout.example.test")
    finally:
        logging.getLogger().removeHandler(recorder)
    assert not recorder.records, [r.getMessage() for r in recorder.records]
    return response.status_code


@FUZZ
@given(form=st.dictionaries(st.sampled_from(["From", "Body", "MessageSid", "OptOutType", "To", "NumMedia"])
                            | field_text, field_text, max_size=8),
       sender=senders, body=bodies, content_type=content_types, signature=header_text,
       settings_header=st.none() | header_text, proto=st.none() | header_text,
       method=st.sampled_from(["POST", "POST", "POST", "GET", "PUT"]))
def test_unsigned_or_forged_requests_publish_nothing_and_never_answer_5xx(
        form, sender, body, content_type, signature, settings_header, proto, method):
    publisher = RecordingPublisher()
    fields = {**form, "From": sender, "Body": body}
    headers = {"Content-Type": content_type, "X-Twilio-Signature": signature}
    if settings_header is not None:
        headers["X-Twilio-Webhooks-Signature-Settings"] = settings_header
    if proto is not None:
        headers["X-Forwarded-Proto"] = proto

    status = post(publisher, data=urllib.parse.urlencode(fields).encode(), headers=headers, method=method)

    assert status in (403, 405)
    assert publisher.events == []


@FUZZ
@given(data=st.binary(max_size=4096), content_type=content_types, signature=st.none() | header_text,
       query=st.sampled_from(["", "?bodySHA256=00", "?a=1&bodySHA256=" + "f" * 64]))
def test_random_bytes_in_any_content_type_are_refused_with_403(data, content_type, signature, query):
    publisher = RecordingPublisher()
    headers = {"Content-Type": content_type}
    if signature is not None:
        headers["X-Twilio-Signature"] = signature

    assert post(publisher, data=data, headers=headers, query=query) == 403
    assert publisher.events == []


@FUZZ
@given(form=st.dictionaries(field_text, field_text, max_size=6), sender=senders, body=bodies,
       algorithm=st.sampled_from([None, "HMAC_SHA1", "HMAC_SHA256"]), fail=st.booleans())
def test_signed_requests_answer_200_or_400_and_publish_at_most_one_event(form, sender, body, algorithm, fail):
    publisher = RecordingPublisher(fail=fail)
    fields = {**form, "From": sender, "Body": body}
    secret = TOKEN if algorithm is None else "fuzz-shared-key"
    headers = {"Content-Type": "application/x-www-form-urlencoded",
               "X-Twilio-Signature": RequestValidator(secret).compute_signature(URL, fields, algorithm)}
    if algorithm is not None:
        headers["X-Twilio-Webhooks-Signature-Settings"] = f"key=webhooks_fuzz,algorithm={algorithm}"

    status = post(publisher, data=urllib.parse.urlencode(fields).encode(), headers=headers)

    assert status in (200, 400) or (fail and status == 503)
    assert len(publisher.events) <= 1
    if publisher.events:
        assert status == 200 and publisher.events[0].keyword in ("STOP", "START", "UNSTOP", "YES", "STOPALL",
                                                                  "UNSUBSCRIBE", "CANCEL", "END", "QUIT",
                                                                  "REVOKE", "OPTOUT")


@settings(max_examples=20, deadline=None)
@given(extra=st.integers(min_value=1, max_value=3 * MAX_BODY_BYTES), signed=st.booleans())
def test_bodies_over_the_bound_answer_413_signed_or_not(extra, signed):
    publisher = RecordingPublisher()
    fields = {"From": "+15555550100", "Body": "STOP", "Padding": "x" * (MAX_BODY_BYTES + extra)}
    headers = {"Content-Type": "application/x-www-form-urlencoded"}
    if signed:
        headers["X-Twilio-Signature"] = RequestValidator(TOKEN).compute_signature(URL, fields)

    assert post(publisher, data=urllib.parse.urlencode(fields).encode(), headers=headers) == 413
    assert publisher.events == []
