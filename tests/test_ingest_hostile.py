"""ingest against hostile or odd requests: forged bodies of any type, oversize bodies, SharedKey signing.

Every request without a valid signature gets 403 and a log line that names the
cause; no request makes ingest answer 5xx or log an exception, except a failed
publish.
"""

from __future__ import annotations

import hashlib
import io
import json
import logging

import flask
import pytest
from twilio.request_validator import RequestValidator

from ingest.body import MAX_BODY_BYTES
from ingest.config import load_config
from ingest.handler import IngestHandler
from optout.twilio_webhook import inbound_sms
from tests.signed_requests import PUBLIC_URL, TOKEN, sign, webhook_request
from tests.test_ingest_handler import RecordingPublisher

SHARED_KEY = "test-shared-key-secret"


def handler(publisher=None, **env):
    config = load_config({"TWILIO_AUTH_TOKEN": TOKEN, "PUBSUB_TOPIC": "projects/p/topics/t", **env})
    return IngestHandler(config, publisher or RecordingPublisher(), clock=lambda: 1764279000.5)


def raw_request(data: bytes, content_type: str, *, query: str = "", headers: dict | None = None,
                input_stream=None) -> flask.Request:
    environ_headers = dict(headers or {})
    if input_stream is not None:
        # A chunked request: no Content-Length, the server marks the stream as terminated.
        builder = flask.Request.from_values(base_url="https://optout.example.test", path="/ingest",
                                            query_string=query, method="POST", headers=environ_headers,
                                            content_type=content_type)
        builder.environ.pop("CONTENT_LENGTH", None)
        builder.environ["wsgi.input"] = input_stream
        builder.environ["wsgi.input_terminated"] = True
        return flask.Request(builder.environ)
    return flask.Request.from_values(base_url="https://optout.example.test", path="/ingest", query_string=query,
                                     method="POST", data=data, content_type=content_type,
                                     headers=environ_headers)


def warnings_and_errors(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.levelno >= logging.WARNING]


# -- item 1: forged non-form posts -------------------------------------------------------------

@pytest.mark.parametrize("content_type, data", [
    ("application/json", json.dumps({"From": "+15555550100", "Body": "STOP"}).encode()),
    ("application/json", b"[1, 2, 3]"),
    ("multipart/form-data; boundary=xyz",
     b'--xyz\r\nContent-Disposition: form-data; name="From"\r\n\r\n+15555550100\r\n--xyz--\r\n'),
    ("text/plain", b"From=+15555550100&Body=STOP"),
    ("application/octet-stream", bytes(range(256))),
    ("", b"\xff\xfe\x00garbage"),
])
def test_forged_non_form_post_with_any_signature_answers_403_without_an_exception(caplog, content_type, data):
    publisher = RecordingPublisher()
    request = raw_request(data, content_type, headers={"X-Twilio-Signature": "Zm9yZ2VkIHNpZ25hdHVyZQ=="})

    response = handler(publisher).handle(request)

    assert response.status_code == 403
    assert publisher.events == []
    assert not any(r.exc_info for r in caplog.records)
    [refusal] = warnings_and_errors(caplog)
    assert refusal.fields["cause"] == "body is not a form and the URL has no bodySHA256"


def test_json_body_signed_with_body_sha256_is_verified_over_the_raw_body():
    body = json.dumps({"From": "+15555550100", "Body": "STOP"})
    query = "bodySHA256=" + hashlib.sha256(body.encode()).hexdigest()
    signature = sign(f"{PUBLIC_URL}?{query}", {})
    genuine = raw_request(body.encode(), "application/json", query=query, headers={"X-Twilio-Signature": signature})
    tampered = raw_request(body.replace("STOP", "START").encode(), "application/json", query=query,
                           headers={"X-Twilio-Signature": signature})

    # Signed but not the form an inbound message is: 400, as the contract says; tampered: 403.
    assert handler().handle(genuine).status_code == 400
    assert handler().handle(tampered).status_code == 403


def test_form_body_that_is_not_utf8_answers_403_without_an_exception(caplog):
    request = raw_request(b"From=%2B15555550100&Body=%FF%FE", "application/x-www-form-urlencoded",
                          headers={"X-Twilio-Signature": "Zm9yZ2Vk"})
    assert handler().handle(request).status_code == 403
    assert not any(r.exc_info for r in caplog.records)


# -- item 2: size bound ------------------------------------------------------------------------

def test_body_over_the_bound_answers_413_before_the_signature_is_checked_signed_or_not():
    publisher = RecordingPublisher()
    signed = webhook_request(extra={"Padding": "x" * MAX_BODY_BYTES})
    unsigned = raw_request(b"a" * (MAX_BODY_BYTES + 1), "application/x-www-form-urlencoded")

    assert handler(publisher).handle(signed).status_code == 413
    assert handler(publisher).handle(unsigned).status_code == 413
    assert publisher.events == []


class CountingStream(io.RawIOBase):
    """An endless chunked body that counts what was read from it."""

    def __init__(self) -> None:
        self.read_bytes = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        buffer[:] = b"a" * len(buffer)
        self.read_bytes += len(buffer)
        return len(buffer)


def test_chunked_body_without_length_is_read_at_most_one_byte_past_the_bound():
    stream = CountingStream()
    request = raw_request(b"", "application/x-www-form-urlencoded", input_stream=stream,
                          headers={"X-Twilio-Signature": "Zm9yZ2Vk"})

    assert handler().handle(request).status_code == 413
    assert stream.read_bytes == MAX_BODY_BYTES + 1


def test_chunked_body_within_the_bound_is_verified_and_published():
    publisher = RecordingPublisher()
    params = inbound_sms("+15555550100", "STOP")
    data = "&".join(f"{k}={v}" for k, v in params.items()).replace("+", "%2B").encode()
    request = raw_request(b"", "application/x-www-form-urlencoded", input_stream=io.BytesIO(data),
                          headers={"X-Twilio-Signature": sign(PUBLIC_URL, params)})

    assert handler(publisher).handle(request).status_code == 200
    assert len(publisher.events) == 1


# -- item 3: SharedKey signing, and 403s that say why --------------------------------------------

def shared_key_request(algorithm: str = "HMAC_SHA256", secret: str = SHARED_KEY, key_id: str = "webhooks_key_01"):
    params = inbound_sms("+15555550100", "STOP")
    signature = RequestValidator(secret).compute_signature(PUBLIC_URL, params, algorithm)
    settings = f"key={key_id},algorithm={algorithm}"
    return flask.Request.from_values(
        base_url="https://optout.example.test", path="/ingest", method="POST", data=params,
        headers={"X-Twilio-Signature": signature, "X-Twilio-Webhooks-Signature-Settings": settings})


def test_webhook_signed_with_the_configured_shared_key_is_accepted():
    publisher = RecordingPublisher()
    for algorithm in ("HMAC_SHA256", "HMAC_SHA1"):
        assert handler(publisher, TWILIO_WEBHOOK_SHARED_KEY=SHARED_KEY).handle(
            shared_key_request(algorithm)).status_code == 200
    assert len(publisher.events) == 2


def test_shared_key_webhook_without_a_configured_shared_key_is_refused_with_the_cause(caplog):
    assert handler().handle(shared_key_request()).status_code == 403
    [refusal] = warnings_and_errors(caplog)
    assert "TWILIO_WEBHOOK_SHARED_KEY is not set" in refusal.fields["cause"]
    assert refusal.fields["signing_key_id"] == "webhooks_key_01"


def test_unsupported_signature_algorithm_is_refused_with_the_cause(caplog):
    request = shared_key_request()
    request.headers = {**request.headers, "X-Twilio-Webhooks-Signature-Settings": "key=k,algorithm=HMAC_MD5"}
    response = handler(TWILIO_WEBHOOK_SHARED_KEY=SHARED_KEY).handle(request)
    assert response.status_code == 403
    [refusal] = warnings_and_errors(caplog)
    assert refusal.fields["cause"] == "unsupported signature algorithm 'HMAC_MD5'"


def test_auth_token_with_a_trailing_newline_still_verifies():
    publisher = RecordingPublisher()
    assert handler(publisher, TWILIO_AUTH_TOKEN=TOKEN + "\n").handle(webhook_request()).status_code == 200
    assert handler(publisher, TWILIO_AUTH_TOKEN=TOKEN + "\r\n").handle(webhook_request()).status_code == 200
    assert len(publisher.events) == 2


@pytest.mark.parametrize("request_kwargs, cause", [
    ({"signature": ""}, "no X-Twilio-Signature header"),
    ({"token": "rotated-token"}, "signature present but does not match any candidate URL with TWILIO_AUTH_TOKEN"),
])
def test_403_log_line_names_the_cause_and_the_url_tried_but_no_secret(caplog, request_kwargs, cause):
    request = webhook_request(**request_kwargs)
    assert handler().handle(request).status_code == 403
    [refusal] = warnings_and_errors(caplog)
    assert refusal.fields["cause"] == cause
    assert refusal.fields["signed_url_candidates"] == [PUBLIC_URL]
    assert refusal.fields["host"] == "optout.example.test"
    text = json.dumps(refusal.fields)
    assert TOKEN not in text and request.headers.get("X-Twilio-Signature", "@@") not in text
