"""One way to write a file: atomic for Bluehelm's own files, and for `-o` outputs never over the input,
through symlinks, into devices and FIFOs as streams, never leaving a temporary file."""

from __future__ import annotations

import os
import stat
import threading
from pathlib import Path

import pytest

from game.files import OutputError, write_file, write_output


def test_a_file_is_replaced_whole_and_keeps_its_permissions(tmp_path):
    target = tmp_path / "report.html"
    target.write_text("old")
    target.chmod(0o640)
    write_file(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_an_output_never_overwrites_the_commands_own_input(tmp_path):
    scenario = tmp_path / "s.yaml"
    scenario.write_text("id: x\n")
    with pytest.raises(OutputError, match="also this command's input"):
        write_output(scenario, "msgid ...", inputs=[scenario])
    link = tmp_path / "link.yaml"
    link.symlink_to(scenario)
    with pytest.raises(OutputError, match="also this command's input"):
        write_output(link, "msgid ...", inputs=[scenario])
    assert scenario.read_text() == "id: x\n"


def test_an_output_through_a_symlink_writes_its_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "real.txt"
    real.write_text("old")
    link = tmp_path / "out.txt"
    link.symlink_to(real)
    write_output(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_a_device_is_written_into_and_never_replaced():
    write_output(Path("/dev/null"), "nothing to keep")
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_is_written_into_as_a_stream(tmp_path):
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text()))
    reader.start()
    write_output(fifo, "streamed")
    reader.join(timeout=10)
    assert received == ["streamed"] and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_folder_or_a_missing_folder_gets_one_line(tmp_path):
    with pytest.raises(OutputError, match="is a folder"):
        write_output(tmp_path, "x")
    with pytest.raises(OutputError, match="does not exist"):
        write_output(tmp_path / "nowhere" / "x.html", "x")


def test_a_failed_write_leaves_the_old_file_and_no_temporary_file(tmp_path, monkeypatch):
    target = tmp_path / "settings.json"
    target.write_text("old")

    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "fsync", fail)
    with pytest.raises(OutputError, match="No space left on device"):
        write_output(target, "new")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.json"]
