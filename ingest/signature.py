"""Check ``X-Twilio-Signature`` with the twilio package's ``RequestValidator``.

Twilio signs with the account auth token and HMAC-SHA1, unless a Webhooks
Rule matches the URL: then it signs with that rule's SharedKey and algorithm
and says so in ``X-Twilio-Webhooks-Signature-Settings``
(``key=<id>,algorithm=HMAC_SHA256``). Form posts are signed over their
parameters; any other body over the raw bytes, whose SHA-256 Twilio puts in
the URL as ``bodySHA256``.

Every refusal carries a ``cause`` that names what went wrong without any
secret or signature value, so a wave of 403s can be diagnosed from the log.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

import flask
from twilio.request_validator import (
    HMAC_SHA1,
    HMAC_SHA256,
    SIGNATURE_HEADER,
    SIGNATURE_SETTINGS_HEADER,
    RequestValidator,
    get_signature_algorithm,
)

from ingest.body import FORM, parse_form, read_body

SUPPORTED_ALGORITHMS = (HMAC_SHA1, HMAC_SHA256)


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


@dataclass(frozen=True)
class Verdict:
    valid: bool
    cause: str  # why it was refused, or how it was verified
    fields: dict  # what to log beside the cause: no secrets, no signature values

    def __bool__(self) -> bool:
        return self.valid


class SignatureChecker:
    def __init__(self, auth_token: str, webhook_url: str | None, shared_key: str | None = None) -> None:
        self._auth_token = RequestValidator(auth_token)
        self._shared_key = RequestValidator(shared_key) if shared_key else None
        self._webhook_url = webhook_url

    def is_valid(self, request: flask.Request) -> bool:
        """Convenience for callers holding only a request (reads its body)."""
        return self.check(request, read_body(request)).valid

    def check(self, request: flask.Request, body: bytes) -> Verdict:
        urls = signed_urls(request, self._webhook_url)
        settings = request.headers.get(SIGNATURE_SETTINGS_HEADER)
        context = {
            "signed_url_candidates": [_without_query(url) for url in urls],
            "host": request.host,
            "forwarded_proto": request.headers.get("X-Forwarded-Proto", ""),
            "webhook_url_set": self._webhook_url is not None,
        }
        signature = request.headers.get(SIGNATURE_HEADER, "")
        if not signature:
            return Verdict(False, "no X-Twilio-Signature header", context)

        algorithm = get_signature_algorithm(settings)
        if settings:
            context["signing_key_id"] = _settings_key(settings)
            context["algorithm"] = algorithm
            if self._shared_key is None:
                return Verdict(False, "signed with a Twilio SharedKey (X-Twilio-Webhooks-Signature-Settings) "
                                      "but TWILIO_WEBHOOK_SHARED_KEY is not set", context)
            validator = self._shared_key
        else:
            validator = self._auth_token
        if algorithm.upper() not in SUPPORTED_ALGORITHMS:
            return Verdict(False, f"unsupported signature algorithm {algorithm[:40]!r}", context)

        params = self._signed_params(request, body, urls)
        if isinstance(params, Verdict):
            return Verdict(params.valid, params.cause, {**context, **params.fields})
        try:
            valid = any(validator.validate(url, params, signature, algorithm) for url in urls)
        except (TypeError, ValueError, UnicodeError) as exc:  # never trust the library with hostile input
            return Verdict(False, f"signature could not be computed ({exc.__class__.__name__})", context)
        if not valid:
            key = "the SharedKey" if settings else "TWILIO_AUTH_TOKEN"
            return Verdict(False, f"signature present but does not match any candidate URL with {key}", context)
        return Verdict(True, "valid", context)

    def _signed_params(self, request: flask.Request, body: bytes, urls: tuple[str, ...]):
        """The form fields (form posts), the raw body text (``bodySHA256`` posts), or a refusal."""
        if request.mimetype == FORM:
            form = parse_form(body)
            if form is None:
                return Verdict(False, "form body is not UTF-8 URL-encoded", {})
            return form
        if not all("bodySHA256" in urllib.parse.parse_qs(urllib.parse.urlsplit(url).query) for url in urls):
            return Verdict(False, "body is not a form and the URL has no bodySHA256",
                           {"content_type": request.mimetype[:100]})
        try:
            return body.decode("utf-8")
        except UnicodeDecodeError:
            return Verdict(False, "body signed with bodySHA256 is not UTF-8", {})


def _without_query(url: str) -> str:
    # Query strings may carry anything the caller chose; the path is enough to spot a Host or proto mix-up.
    return url.split("?", 1)[0][:200]


def _settings_key(settings: str) -> str:
    for part in settings.split(","):
        name, _, value = part.partition("=")
        if name.strip() == "key":
            return value.strip()[:100]
    return ""
