"""Fixtures for the speech tests: fake workers and services that always get closed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from homestretch.speech.synthesis import SynthesisService
from tests.speech.fakes import FakeWorker


@pytest.fixture
def fake_worker(tmp_path: Path) -> FakeWorker:
    return FakeWorker(tmp_path / "worker")


@pytest.fixture
def make_service(tmp_path: Path) -> Iterator[Callable[..., SynthesisService]]:
    """Build SynthesisServices on a temp cache; each one is closed after the test."""
    made: list[SynthesisService] = []

    def make(command: tuple[str, ...], **options: Any) -> SynthesisService:
        service = SynthesisService(tmp_path / "cache", command=command, **options)
        made.append(service)
        return service

    yield make
    for service in made:
        service.close()
