"""Read a webhook's body with a size bound, and parse it as the form Twilio posts.

Twilio's largest inbound-message form (a long concatenated SMS plus media and
address fields) is a few kilobytes; ``MAX_BODY_BYTES`` leaves ample room. The
body is read at most one byte past the bound whether or not the request says
its length, so a chunked or lying request cannot make ``ingest`` buffer more.
"""

from __future__ import annotations

import urllib.parse

import flask
from werkzeug.datastructures import MultiDict

MAX_BODY_BYTES = 64 * 1024
FORM = "application/x-www-form-urlencoded"
_READ_CHUNK = 16 * 1024
# No real Twilio form has more than a few dozen fields.
_MAX_FIELDS = 1000


class BodyTooLarge(Exception):
    """The request's body is longer than the bound."""


def read_body(request: flask.Request, limit: int = MAX_BODY_BYTES) -> bytes:
    """The raw body, or ``BodyTooLarge`` as soon as more than ``limit`` bytes are announced or read."""
    if request.content_length is not None and request.content_length > limit:
        raise BodyTooLarge(f"Content-Length {request.content_length} is over {limit}")
    if request.content_length is not None:
        # Bounded by Content-Length; cached, so request.form and get_data() still work afterwards.
        return request.get_data(cache=True)
    chunks: list[bytes] = []
    size = 0
    stream = request.stream
    while True:
        chunk = stream.read(min(_READ_CHUNK, limit + 1 - size))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        size += len(chunk)
        if size > limit:
            raise BodyTooLarge(f"body is over {limit} bytes")


def parse_form(body: bytes) -> MultiDict | None:
    """The form fields, or None when the body is not a UTF-8 URL-encoded form."""
    try:
        text = body.decode("utf-8")
        pairs = urllib.parse.parse_qsl(text, keep_blank_values=True, encoding="utf-8", errors="strict",
                                       max_num_fields=_MAX_FIELDS)
    except (UnicodeDecodeError, ValueError):
        return None
    return MultiDict(pairs)
