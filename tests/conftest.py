"""Test configuration: hypothesis profiles, and no network for any test."""

from __future__ import annotations

import os
import socket

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "default", deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "ci", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("quick", deadline=None, max_examples=20)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


_LOOPBACK = ("127.", "localhost", "::1")


@pytest.fixture(autouse=True)
def _no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """newsclean never touches the network; a test that tries fails loudly. Connections to
    this machine itself stay open: the Dask tests talk to a local cluster."""
    connect = socket.socket.connect
    create = socket.create_connection

    def local(address: object) -> bool:
        host = address[0] if isinstance(address, tuple) else address
        return isinstance(host, (str, bytes)) and (
            not isinstance(address, tuple) or str(host).startswith(_LOOPBACK))

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not local(address):
            raise RuntimeError(f"a test tried to open a network connection to {address}")
        connect(self, address)  # type: ignore[arg-type]

    def guarded_create(address: object, *args: object, **kwargs: object) -> socket.socket:
        if not local(address):
            raise RuntimeError(f"a test tried to open a network connection to {address}")
        return create(address, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket, "create_connection", guarded_create)
