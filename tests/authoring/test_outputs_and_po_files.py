"""What the authoring commands write and read (issue 14, items 6, 7 and 14, and the PO items for authors):
every -o goes through one helper that never writes over the command's own input or replaces a file of
another kind; a PO file is read from its bytes, never taken as the name of a file; translations land in
the language they are in, and in their place when options move.
"""

from __future__ import annotations

import builtins
import io
import os
import stat
import threading
from pathlib import Path

import polib
import pytest

from game.authoring.i18n import TranslationError, apply, extract, po_language, read_po

from authoring_support import ROOT, bluehelm

CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    (tmp_path / "s.yaml").write_bytes(CONTRACT.read_bytes())
    return tmp_path


def french_po(folder: Path) -> Path:
    """fr.po for s.yaml with every text translated."""
    assert bluehelm("i18n", "extract", "s.yaml", "--lang", "fr", "-o", "fr.po", cwd=folder).returncode == 0
    po = polib.pofile(str(folder / "fr.po"))
    for entry in po:
        entry.msgstr = "FR " + entry.msgid
    po.save(str(folder / "fr.po"))
    return folder / "fr.po"


# -- item 6: outputs never clobber ------------------------------------------------------------------

def test_extract_never_writes_over_its_own_scenario(folder):
    done = bluehelm("i18n", "extract", "s.yaml", "--lang", "fr", "-o", "s.yaml", cwd=folder)
    assert done.returncode == 2
    assert done.stderr == "bluehelm: error: s.yaml is also this command's input: choose another output file\n"
    assert (folder / "s.yaml").read_bytes() == CONTRACT.read_bytes()


def test_apply_never_writes_over_its_po_file(folder):
    po = french_po(folder)
    before = po.read_bytes()
    done = bluehelm("i18n", "apply", "s.yaml", "fr.po", "-o", "fr.po", cwd=folder)
    assert done.returncode == 2 and "fr.po is also this command's input" in done.stderr
    assert po.read_bytes() == before


def test_an_output_linked_to_the_input_is_the_input(folder):
    (folder / "map.svg").symlink_to(folder / "s.yaml")
    done = bluehelm("graph", "s.yaml", "-o", "map.svg", cwd=folder)
    assert done.returncode == 2 and "map.svg is also this command's input" in done.stderr
    assert (folder / "s.yaml").read_bytes() == CONTRACT.read_bytes()


def test_schema_replaces_a_schema_but_never_another_file(folder):
    assert bluehelm("schema", "-o", "scenario.schema.json", cwd=folder).returncode == 0
    again = bluehelm("schema", "-o", "scenario.schema.json", cwd=folder)
    assert again.returncode == 0 and again.stderr == "wrote scenario.schema.json\n"
    refused = bluehelm("schema", "-o", "s.yaml", cwd=folder)
    assert refused.returncode == 2
    assert refused.stderr == ("bluehelm: error: s.yaml exists and is not a Bluehelm schema: choose another name, "
                              "or remove the file first\n")
    assert (folder / "s.yaml").read_bytes() == CONTRACT.read_bytes()


def test_extract_replaces_a_po_file_but_never_another_file(folder):
    (folder / "notes.po").write_text("my notes, not a PO file\n", encoding="utf-8")
    refused = bluehelm("i18n", "extract", "s.yaml", "--lang", "fr", "-o", "notes.po", cwd=folder)
    assert refused.returncode == 2 and "notes.po exists and is not a PO file" in refused.stderr
    french_po(folder)
    assert bluehelm("i18n", "extract", "s.yaml", "--lang", "fr", "-o", "fr.po", cwd=folder).returncode == 0


def test_an_output_through_a_symlink_writes_the_target_and_keeps_the_link(folder):
    (folder / "maps").mkdir()
    (folder / "maps" / "real.svg").write_text("old")
    (folder / "map.svg").symlink_to(folder / "maps" / "real.svg")
    assert bluehelm("graph", "s.yaml", "-o", "map.svg", cwd=folder).returncode == 0
    assert (folder / "map.svg").is_symlink() and (folder / "maps" / "real.svg").read_text().startswith("<?xml")


def test_a_device_is_written_into_never_replaced(folder):
    done = bluehelm("schema", "-o", "/dev/null", cwd=folder)
    assert done.returncode == 0 and stat.S_ISCHR(os.stat("/dev/null").st_mode)


def test_a_fifo_receives_the_output_as_a_stream(folder):
    fifo = folder / "pipe.svg"
    os.mkfifo(fifo)
    received: list[str] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    done = bluehelm("graph", "s.yaml", "-o", "pipe.svg", cwd=folder)
    reader.join(timeout=60)
    assert done.returncode == 0 and received[0].startswith("<?xml") and stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_failed_output_leaves_no_temporary_file(folder):
    done = bluehelm("graph", "s.yaml", "-o", "missing/map.svg", cwd=folder)
    assert done.returncode == 2 and "its folder missing does not exist" in done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["s.yaml"]


# -- item 7: a PO file is text, never the name of a file -------------------------------------------------

def test_a_po_file_naming_a_file_is_not_that_file(folder, monkeypatch):
    real = french_po(folder)
    evil = folder / "evil.po"
    evil.write_text(str(real), encoding="utf-8")  # the whole "PO file" is the path of a real one
    done = bluehelm("i18n", "apply", "s.yaml", "evil.po", "--lang", "fr", cwd=folder)
    assert "translation(s) written" not in done.stderr or " 0 translation(s) written" in done.stderr
    assert (folder / "s.yaml").read_bytes() == CONTRACT.read_bytes()

    opened: list[str] = []
    real_open = io.open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)
    monkeypatch.setattr(io, "open", spy)
    monkeypatch.setattr(builtins, "open", spy)
    for probe in (b"/etc/shadow", b"/etc/passwd", str(real).encode()):
        try:
            read_po(probe, "probe.po")
        except TranslationError:
            pass
    assert opened == []


def test_a_po_file_that_is_not_utf8_or_holds_nul_gets_one_line():
    with pytest.raises(TranslationError, match="not UTF-8"):
        read_po(b"msgid \"\xff\"\n", "bad.po")
    with pytest.raises(TranslationError, match="NUL"):
        read_po(b"msgid \"\"\nmsgstr \"\"\n\x00", "bad.po")


def test_a_translation_holding_a_line_separator_round_trips():
    raw = CONTRACT.read_bytes()
    po = read_po(str(extract(raw, "s.yaml", "fr")).encode("utf-8"), "fr.po")
    for entry in po:
        entry.msgstr = "un\u2028deux"
    po = read_po(str(po).encode("utf-8"), "fr.po")
    assert {entry.msgstr for entry in po} == {"un\u2028deux"}
    report = apply(raw, "s.yaml", po, "fr")
    assert len(report.changed) == len(po)


# -- item 14, and the PO items for authors ---------------------------------------------------------------

def test_apply_writes_into_a_flow_mapping_with_an_anchor():
    raw = CONTRACT.read_bytes().replace(b"  crisis:   {label: Crisis response, weight: 1}",
                                        b"  crisis:   &crisis {label: Crisis response, weight: 1}")
    po = read_po(str(extract(raw, "s.yaml", "fr")).encode("utf-8"), "fr.po")
    po.find("dimensions.crisis.label", by="msgctxt").msgstr = "Gestion de crise"
    new = apply(raw, "s.yaml", po, "fr").raw
    assert b"  crisis:   &crisis {label: {en: Crisis response, fr: Gestion de crise}, weight: 1}" in new


def test_lang_must_agree_with_the_po_files_language():
    po = read_po(str(extract(CONTRACT.read_bytes(), "s.yaml", "fr")).encode("utf-8"), "fr.po")
    with pytest.raises(TranslationError) as refused:
        po_language(po, "de")
    assert str(refused.value) == ("the PO file's translations are in 'fr' (its Language header), not 'de': "
                                  "drop --lang, or extract a 'de' PO file and translate that")
    assert po_language(po, "fr") == po_language(po, None) == "fr"


def test_lang_against_the_po_file_is_refused_by_the_command(folder):
    french_po(folder)
    done = bluehelm("i18n", "apply", "s.yaml", "fr.po", "--lang", "de", cwd=folder)
    assert done.returncode == 2 and "translations are in 'fr'" in done.stderr
    assert (folder / "s.yaml").read_bytes() == CONTRACT.read_bytes()


def test_po_contexts_name_options_by_id_so_reordering_skips_nothing():
    raw = CONTRACT.read_bytes()
    po = read_po(str(extract(raw, "s.yaml", "fr")).encode("utf-8"), "fr.po")
    assert po.find("nodes.arrival.choices.wait.feedback", by="msgctxt").msgid == "Waiting lets tension build at the barrier."
    for entry in po:
        entry.msgstr = "FR " + entry.msgid
    text = raw.decode("utf-8")
    first = text.index("      - id: greet-elder")
    second = text.index("      - id: wait")
    end = text.index("  elder-talk:")
    reordered = (text[:first] + text[second:end].rstrip("\n") + "\n" + text[first:second].rstrip("\n") + "\n\n"
                 + text[end:]).encode("utf-8")
    report = apply(reordered, "s.yaml", po, "fr")
    assert report.notes == [] and len(report.changed) == len(po)


def test_a_po_file_made_before_contexts_used_ids_still_applies():
    raw = CONTRACT.read_bytes()
    po = read_po(str(extract(raw, "s.yaml", "fr")).encode("utf-8"), "fr.po")
    entry = po.find("nodes.arrival.choices.greet-elder.text", by="msgctxt")
    entry.msgctxt, entry.msgstr = "nodes.arrival.choices.0.text", "Saluer l'ancienne"
    report = apply(raw, "s.yaml", po, "fr")
    assert report.changed == ["nodes.arrival.choices.greet-elder.text"]
