"""The webhook: Twilio's inbound-message request in, TwiML and at most one event out."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Protocol

import flask
from twilio.twiml.messaging_response import MessagingResponse

from common.errors import TransientError
from common.event import MESSAGE_SID, OptEvent
from common.logs import mask_phone
from ingest.body import FORM, MAX_BODY_BYTES, BodyTooLarge, parse_form, read_body
from ingest.config import IngestConfig
from ingest.keywords import Decision, KeywordRules, Label
from ingest.phone import e164_from
from ingest.signature import SignatureChecker

log = logging.getLogger(__name__)

EMPTY_TWIML = str(MessagingResponse())


class Publisher(Protocol):
    def publish(self, event: OptEvent) -> str: ...


@dataclass(frozen=True)
class InboundMessage:
    sender: str
    body: str
    message_sid: str
    opt_out_type: str | None


class IngestHandler:
    def __init__(self, config: IngestConfig, publisher: Publisher, clock=time.time) -> None:
        self._signatures = SignatureChecker(config.auth_token, config.webhook_url, config.shared_key)
        self._rules: KeywordRules = config.rules
        self._reply = _message_twiml(config.opt_out_reply) if config.opt_out_reply else None
        self._publisher = publisher
        self._clock = clock

    def handle(self, request: flask.Request) -> flask.Response:
        received_at = self._clock()
        if request.method != "POST":
            return _text(405, "Only POST is accepted.", Allow="POST")
        try:
            body = read_body(request)
        except BodyTooLarge as exc:
            log.warning("rejected a request body over the size bound",
                        extra={"fields": {"cause": str(exc), "limit_bytes": MAX_BODY_BYTES}})
            return _text(413, f"Request body over {MAX_BODY_BYTES} bytes.")
        verdict = self._signatures.check(request, body)
        if not verdict:
            log.warning("rejected a request without a valid Twilio signature",
                        extra={"fields": {"cause": verdict.cause, **verdict.fields}})
            return _text(403, "Missing or invalid X-Twilio-Signature.")
        message = _parse(request, body)
        if message is None:
            return _text(400, "Expected a form-encoded Twilio message with From.")

        phone = e164_from(message.sender)
        if phone is None:
            _log("ignored: sender is not a phone number", message, sender_kind="non_phone")
            return _twiml()
        decision = self._rules.decide(message.body, message.opt_out_type)
        # The rule that decided, never the text: bodies are personal data.
        _log("classified", message, label=decision.label.value, rule=decision.rule)
        if decision.action is None:
            return _twiml()

        event = OptEvent(decision.action, phone, decision.keyword or decision.rule, message.message_sid, received_at)
        try:
            message_id = self._publisher.publish(event)
        except TransientError:
            log.exception("publish failed", extra={"fields": _fields(event)})
            return _text(503, "Could not queue the event; Twilio may retry.")
        log.info("published", extra={"fields": {**_fields(event), "rule": decision.rule,
                                                "pubsub_message_id": message_id}})
        if self._reply and self._confirms(decision, message):
            return _twiml(self._reply)
        return _twiml()

    @staticmethod
    def _confirms(decision: Decision, message: InboundMessage) -> bool:
        """Twilio confirms keyword opt-outs itself; only an opt-out that intent alone recognised gets ours."""
        return decision.label is Label.OPT_OUT and not decision.by_keyword and not message.opt_out_type


def _parse(request: flask.Request, body: bytes) -> InboundMessage | None:
    form = parse_form(body) if request.mimetype == FORM else None
    if form is None:
        return None
    sender = form.get("From", "").strip()
    if not sender:
        return None
    sid = form.get("MessageSid") or form.get("SmsSid") or ""
    return InboundMessage(
        sender=sender,
        body=form.get("Body", ""),
        # Kept only when it is a SID: the event schema refuses anything else, and the opt-out matters more.
        message_sid=sid if MESSAGE_SID.match(sid) else "",
        opt_out_type=form.get("OptOutType") or None,
    )


def _fields(event: OptEvent) -> dict:
    return {
        "phone": mask_phone(event.phone),
        "action": event.action.value,
        "keyword": event.keyword,
        "message_sid": event.message_sid,
    }


def _log(text: str, message: InboundMessage, **fields) -> None:
    log.info(text, extra={"fields": {"message_sid": message.message_sid, **fields}})


def _message_twiml(text: str) -> str:
    response = MessagingResponse()
    response.message(text)
    return str(response)


def _twiml(body: str = EMPTY_TWIML) -> flask.Response:
    return flask.Response(body, status=200, mimetype="text/xml")


def _text(status: int, text: str, **headers: str) -> flask.Response:
    return flask.Response(text + "\n", status=status, mimetype="text/plain", headers=headers)
