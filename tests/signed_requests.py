"""Build Twilio webhook requests signed for real, so a test can change one thing."""

from __future__ import annotations

import flask
from twilio.request_validator import RequestValidator

from optout.twilio_webhook import inbound_sms

TOKEN = "test-auth-token"
PUBLIC_URL = "https://optout.example.test/ingest"


def sign(url: str, params: dict[str, str], token: str = TOKEN) -> str:
    return RequestValidator(token).compute_signature(url, params)


def webhook_request(
    body: str = "STOP",
    sender: str = "+15555550100",
    *,
    url: str = PUBLIC_URL,
    signed_url: str | None = None,
    token: str = TOKEN,
    signature: str | None = None,
    headers: dict[str, str] | None = None,
    method: str = "POST",
    extra: dict[str, str] | None = None,
    drop: tuple[str, ...] = (),
) -> flask.Request:
    params = {**inbound_sms(sender, body), **(extra or {})}
    for name in drop:
        params.pop(name, None)
    all_headers = dict(headers or {})
    all_headers["X-Twilio-Signature"] = sign(signed_url or url, params, token) if signature is None else signature
    if not all_headers["X-Twilio-Signature"]:
        del all_headers["X-Twilio-Signature"]
    base, _, path = url.partition("://")[2].partition("/")
    scheme = url.partition("://")[0]
    return flask.Request.from_values(
        base_url=f"{scheme}://{base}", path="/" + path, method=method,
        data=params if method == "POST" else None, headers=all_headers,
    )
