"""Fixtures shared by the integration tests: one whole local pipeline per test session."""

from __future__ import annotations

import os

import pytest

from local_stack import topology
from local_stack.customerio_sandbox import SandboxAdmin
from local_stack.stack import LocalStack, StackSettings
from tests.pipeline import DeadLetterWatcher

# Short delivery backoffs, few attempts, small in-process retry budget: the
# failure paths end in seconds. Production values live in terraform/.
TEST_DELIVERY = topology.DeliverySettings(max_delivery_attempts=5, min_backoff_s=1, max_backoff_s=2,
                                          ack_deadline_s=30)
TEST_RETRY_BUDGET_S = "3"


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> LocalStack:
    saved = dict(os.environ)
    settings = StackSettings.on_free_ports(
        work_dir=tmp_path_factory.mktemp("local-stack"),
        sandbox_seed="none",
        sandbox_app_rps=0,
        sandbox_track_rps=0,
        delivery=TEST_DELIVERY,
        process_env={"CUSTOMERIO_RETRY_BUDGET_S": TEST_RETRY_BUDGET_S},
    )
    with LocalStack(settings) as running:
        yield running
    os.environ.clear()
    os.environ.update(saved)


@pytest.fixture
def sandbox(stack) -> SandboxAdmin:
    admin = SandboxAdmin(stack.sandbox_url)
    admin.clear_faults()
    admin.set_limits(app_rps=0, track_rps=0)
    yield admin
    admin.clear_faults()


@pytest.fixture
def dead_letters(stack) -> DeadLetterWatcher:
    watcher = DeadLetterWatcher(stack)
    yield watcher
    watcher.close()
