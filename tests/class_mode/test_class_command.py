"""`bluehelm class`: where it listens (the LAN address, never every interface silently), and one clear
line for what cannot work."""

from __future__ import annotations

import pytest

from game.cli import class_cmd
from game.cli.common import CommandError


def test_it_listens_on_the_lan_address_by_default(monkeypatch):
    monkeypatch.setattr(class_cmd, "lan_address", lambda: "192.0.2.15")
    assert class_cmd.listen_address(None) == ("192.0.2.15", None)


def test_with_no_lan_it_listens_on_this_machine_only_and_says_so(monkeypatch):
    monkeypatch.setattr(class_cmd, "lan_address", lambda: None)
    host, warning = class_cmd.listen_address(None)
    assert host == "127.0.0.1" and "--host" in warning


def test_every_interface_only_when_asked_and_said_aloud():
    host, warning = class_cmd.listen_address("0.0.0.0")
    assert host == "0.0.0.0" and "every network interface" in warning


def test_a_host_that_is_not_an_address_is_one_clear_line():
    with pytest.raises(CommandError, match="--host must be an IP address"):
        class_cmd.listen_address("my laptop")


def test_the_lan_address_is_never_loopback():
    found = class_cmd.lan_address()
    assert found is None or not found.startswith("127.")
