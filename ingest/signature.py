"""Check ``X-Twilio-Signature`` with the twilio package's ``RequestValidator``."""

from __future__ import annotations

import flask
from twilio.request_validator import (
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)


def signed_urls(request: flask.Request, webhook_url: str | None) -> tuple[str, ...]:
    """The URLs Twilio may have signed: ``WEBHOOK_URL``, else the request's own.

    Cloud Functions ends TLS in front of the function, so the request itself
    says ``http``; ``X-Forwarded-Proto`` carries the scheme Twilio used. A
    webhook configured as ``https://host`` (as the function's URL is printed)
    arrives as ``https://host/``; Twilio signs what was configured, so at the
    root both forms are tried.
    """
    if webhook_url:
        return (webhook_url,)
    forwarded = request.headers.get("X-Forwarded-Proto", "")
    scheme = forwarded.split(",")[0].strip() or request.scheme
    query = request.query_string.decode("latin-1")
    suffix = f"?{query}" if query else ""
    url = f"{scheme}://{request.host}{request.path}{suffix}"
    if request.path == "/":
        return (url, f"{scheme}://{request.host}{suffix}")
    return (url,)


class SignatureChecker:
    def __init__(self, auth_token: str, webhook_url: str | None) -> None:
        self._validator = RequestValidator(auth_token)
        self._webhook_url = webhook_url

    def is_valid(self, request: flask.Request) -> bool:
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature:
            return False
        algorithm = get_signature_algorithm(request.headers.get(SIGNATURE_SETTINGS_HEADER))
        # Form posts are signed over their parameters; anything else over the
        # raw body, whose SHA-256 Twilio puts in the URL as ``bodySHA256``.
        params = request.form if request.mimetype == "application/x-www-form-urlencoded" else _raw_body(request)
        return any(self._validator.validate(url, params, signature, algorithm)
                   for url in signed_urls(request, self._webhook_url))


def _raw_body(request: flask.Request) -> str:
    return request.get_data(cache=True).decode("utf-8", errors="replace")
