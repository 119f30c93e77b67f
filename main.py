"""The two Cloud Functions. Targets: ``ingest`` (HTTP) and ``process`` (CloudEvent)."""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable
from typing import TypeVar

import flask
import functions_framework
from cloudevents.http import CloudEvent

from common.logs import configure_logging
from ingest.config import load_config as load_ingest_config
from ingest.handler import IngestHandler
from ingest.publisher import EventPublisher
from processor.config import load_config as load_processor_config
from processor.customerio import CustomerIO
from processor.deadletter import DeadLetterPublisher
from processor.handler import ProcessHandler

configure_logging()
T = TypeVar("T")


def _per_instance(factory: Callable[[], T]) -> Callable[[], T]:
    """Build on first use, once per instance, even when the first requests arrive together."""
    lock = threading.Lock()
    built: list[T] = []

    @functools.wraps(factory)
    def get() -> T:
        if not built:
            with lock:
                if not built:
                    built.append(factory())
        return built[0]

    return get


@_per_instance
def _ingest_handler() -> IngestHandler:
    config = load_ingest_config(os.environ)
    return IngestHandler(config, EventPublisher(config.topic))


@_per_instance
def _process_handler() -> ProcessHandler:
    config = load_processor_config(os.environ)
    return ProcessHandler(config, CustomerIO(config), DeadLetterPublisher(config.dead_letter_topic))


@functions_framework.http
def ingest(request: flask.Request) -> flask.Response:
    return _ingest_handler().handle(request)


@functions_framework.cloud_event
def process(cloud_event: CloudEvent) -> None:
    _process_handler().handle(cloud_event.data)
