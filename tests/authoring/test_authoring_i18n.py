"""Translation round trip: PO files out, translations back in, and nothing else in the file moves."""

from __future__ import annotations

import difflib

import polib
import pytest

from game.authoring.i18n import TranslationError, apply, context_of, coverage, extract
from game.authoring.library import scenario_files
from game.authoring.loader import check_source
from game.authoring.textfields import text_fields
from game.authoring.yamlsource import read_yaml
from game.paths import shipped_scenarios

from authoring_support import ROOT

CONTRACT = ROOT / "tests" / "fixtures" / "contract-example.yaml"
LIBRARY = scenario_files([shipped_scenarios()]) + [CONTRACT, ROOT / "tests" / "fixtures" / "loop-once.yaml"]


def po_for(raw: bytes, language: str = "fr", file: str = "s.yaml") -> polib.POFile:
    """A PO file as a translator hands it back: written out, then read again."""
    return polib.pofile(str(extract(raw, file, language)))


def translate(raw: bytes, texts: dict[str, str], language: str = "fr") -> bytes:
    po = po_for(raw, language)
    for entry in po:
        if entry.msgctxt in texts:
            entry.msgstr = texts[entry.msgctxt]
    return apply(raw, "s.yaml", po, language).raw


def data_of(raw: bytes) -> dict:
    document, problems = read_yaml(raw, "s.yaml")
    assert document is not None and not problems
    return document.data


def texts_of(raw: bytes) -> dict[str, object]:
    """Every text by its PO context."""
    data = data_of(raw)
    return {context_of(data, path): value for path, value in text_fields(data)}


def errors_of(raw: bytes) -> list[str]:
    return [d.format() for d in check_source(raw, "s.yaml", None)[1] if d.severity.value == "error"]


def changed_lines(old: bytes, new: bytes) -> tuple[list[str], list[str]]:
    """The lines only the old file has, and those only the new one has (line ends kept)."""
    a = old.decode("utf-8").splitlines(keepends=True)
    b = new.decode("utf-8").splitlines(keepends=True)
    removed, added = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if tag != "equal":
            removed += a[i1:i2]
            added += b[j1:j2]
    return removed, added


# -- extract --------------------------------------------------------------------------------

def test_extract_lists_every_text_with_its_path_line_and_existing_translation():
    po = po_for(CONTRACT.read_bytes(), file="tests/fixtures/contract-example.yaml")
    assert po.metadata["Language"] == "fr"
    assert len(po) == sum(1 for _, v in text_fields(data_of(CONTRACT.read_bytes())) if v is not None)
    first = po.find("nodes.arrival.choices.greet-elder.text", by="msgctxt")
    assert first.msgid == "Greet the elder through the interpreter first."
    assert first.msgstr == "" and first.occurrences == [("tests/fixtures/contract-example.yaml", "37")]
    assert po.find("nodes.arrival.text", by="msgctxt").msgid.endswith("at the barrier.\n")


def test_the_same_english_in_two_places_stays_two_entries():
    po = po_for(CONTRACT.read_bytes())
    backs = [e for e in po if e.msgid == "Return to the barrier."]
    assert [e.msgctxt for e in backs] == ["nodes.calm-crowd.choices.back.text", "nodes.angry-crowd.choices.back.text"]


def test_extract_fills_in_the_translations_the_scenario_has():
    raw = (ROOT / "scenarios" / "checkpoint-market.yaml").read_bytes()
    po = po_for(raw)
    title = po.find("title", by="msgctxt")
    assert title.msgid == "Checkpoint at the market road"
    assert title.msgstr == "Le point de contrôle de la route du marché"
    assert all(entry.msgstr for entry in po)  # the shipped scenarios are fully translated


def test_extract_refuses_the_scenarios_own_language_and_bad_codes():
    with pytest.raises(TranslationError, match="own language"):
        extract(CONTRACT.read_bytes(), "s.yaml", "en")
    with pytest.raises(TranslationError, match="not a language code"):
        extract(CONTRACT.read_bytes(), "s.yaml", "French")


# -- apply: nothing changed --------------------------------------------------------------------

@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_extract_then_apply_unchanged_gives_the_same_bytes(path):
    raw = path.read_bytes()
    report = apply(raw, "s.yaml", po_for(raw), "fr")
    assert report.raw == raw and report.changed == []


# -- apply: changes ------------------------------------------------------------------------------

@pytest.mark.parametrize("path", LIBRARY, ids=lambda p: p.stem)
def test_every_text_translated_again_changes_only_those_texts_and_stays_valid(path):
    raw = path.read_bytes()
    before = texts_of(raw)
    wanted = {}
    for context, value in before.items():
        own = value if isinstance(value, str) else (value or {}).get("en")
        if own is not None:
            wanted[context] = f"« {own.strip()} » (révisé)"
    new = translate(raw, wanted)
    assert errors_of(new) == []
    after = texts_of(new)
    for context, value in before.items():
        if context in wanted:
            own = value if isinstance(value, str) else value["en"]
            assert after[context]["en"] == own and after[context]["fr"] == wanted[context]
        else:
            assert after[context] == value
    untouched = {k: v for k, v in data_of(new).items() if k not in ("title", "summary", "briefing")}
    assert set(untouched) == {k for k in data_of(raw) if k not in ("title", "summary", "briefing")}


SHAPES = {  # one file holding each way a text can be written, and what a new French text looks like there
    "plain": ("title: Checkpoint\n", "title", "title:\n  en: Checkpoint\n  fr: Point de contrôle\n"),
    "block": ("briefing: |\n  You lead a section.\n  Be calm.\n", "briefing",
              "briefing:\n  en: |\n    You lead a section.\n    Be calm.\n  fr: |\n    Vous commandez.\n    Calme.\n"),
    "flow": ("cast:\n  elder: {name: Amina, role: Elder}\n", "cast.elder.role",
             "cast:\n  elder: {name: Amina, role: {en: Elder, fr: Aînée}}\n"),
    "mapping-without-fr": ("summary:\n  en: A market.\n  # the French is coming\n", "summary",
                           "summary:\n  en: A market.\n  fr: Un marché.\n  # the French is coming\n"),
    "flow-mapping-without-fr": ("summary: {en: A market.}\n", "summary", "summary: {en: A market., fr: Un marché.}\n"),
    "existing-fr": ("summary:\n  en: A market.\n  fr: Un marche.  # typo\n", "summary",
                    "summary:\n  en: A market.\n  fr: Un marché.  # typo\n"),
    "folded-fr": ("summary:\n  en: >-\n    A market.\n  fr: >-\n    Un marche.\n", "summary",
                  "summary:\n  en: >-\n    A market.\n  fr: >-\n    Un marché.\n"),
}
FRENCH = {"title": "Point de contrôle", "briefing": "Vous commandez.\nCalme.\n", "cast.elder.role": "Aînée",
          "summary": "Un marché."}
SCENARIO_TAIL = """dimensions:
  crisis: {label: Crisis response}
start: arrival
nodes:
  arrival:
    text: A crowd waits.
    choices:
      - {id: open, text: Open the barrier., goto: done}
  done:
    text: It is over.
    ending: success
"""


@pytest.mark.parametrize("shape", SHAPES)
def test_a_translation_lands_where_its_text_is_written_and_nowhere_else(shape):
    piece, context, expected = SHAPES[shape]
    source = "# A comment that must stay.\nid: shapes\n" + ("title: T\n" if context != "title" else "") + piece
    raw = (source + SCENARIO_TAIL).encode("utf-8")
    new = translate(raw, {context: FRENCH[context]})
    assert new.decode("utf-8") == (source.replace(piece, expected) + SCENARIO_TAIL)
    assert errors_of(new) == []


@pytest.mark.parametrize("text", [
    "Attention : la foule # avance", "- une liste ?", "yes", "null", "42", "  espaces  ", "guillemets \" et '",
    "ligne un\nligne deux", "fin de ligne\n", "{accolades}, [crochets]", "tab\tulation", "émoji 🙂 et \u2028 séparateur",
    "@arobase", "%pourcent", "*étoile", "&esperluette", "!exclamation", "|barre", ">chevron",
])
@pytest.mark.parametrize("where", ["plain", "flow", "existing-fr"])
def test_any_text_is_written_so_that_it_reads_back_exactly(text, where):
    piece, context, _ = SHAPES[where]
    source = "id: shapes\n" + ("title: T\n" if context != "title" else "") + piece + SCENARIO_TAIL
    new = translate(source.encode("utf-8"), {context: text})
    value = data_of(new)
    for key in context.split("."):
        value = value[key]
    assert value["fr"] == text


def test_crlf_line_ends_and_a_byte_order_mark_are_kept():
    raw = b"\xef\xbb\xbf" + CONTRACT.read_bytes().replace(b"\n", b"\r\n")
    new = translate(raw, {"nodes.failed.text": "Les femmes refusent la fouille."})
    assert new.startswith(b"\xef\xbb\xbf") and b"\n" not in new.replace(b"\r\n", b"")
    assert changed_lines(raw, new) == (
        ["    text: The women refuse the search and the crowd turns away.\r\n"],
        ["    text:\r\n", "      en: The women refuse the search and the crowd turns away.\r\n",
         "      fr: Les femmes refusent la fouille.\r\n"])
    assert errors_of(new) == []


def test_one_change_touches_only_that_text_in_a_shipped_scenario():
    raw = (ROOT / "scenarios" / "checkpoint-market.yaml").read_bytes()
    new = translate(raw, {"title": "Le poste de contrôle de la route du marché"})
    assert changed_lines(raw, new) == (["  fr: Le point de contrôle de la route du marché\n"],
                                       ["  fr: Le poste de contrôle de la route du marché\n"])


# -- what apply skips ------------------------------------------------------------------------------

def test_fuzzy_empty_stale_and_unknown_entries_are_not_applied():
    raw = CONTRACT.read_bytes()
    po = po_for(raw)
    po.find("title", by="msgctxt").msgstr = "Titre"
    po.find("title", by="msgctxt").flags.append("fuzzy")
    stale = po.find("summary", by="msgctxt")
    stale.msgid, stale.msgstr = "An older summary.", "Un ancien résumé."
    po.append(polib.POEntry(msgctxt="nodes.gone.text", msgid="Gone.", msgstr="Parti."))
    report = apply(raw, "s.yaml", po, "fr")
    assert report.raw == raw and report.fuzzy == 1 and report.untranslated == len(po) - 3
    assert any("changed since the PO file was made" in n for n in report.notes)
    assert any("no text at 'nodes.gone.text'" in n for n in report.notes)


def test_a_text_shared_through_a_yaml_alias_is_not_edited_twice():
    source = ("id: shapes\ntitle: &t Checkpoint\nsummary: *t\n" + SCENARIO_TAIL).encode("utf-8")
    report = apply(source, "s.yaml", _translated(po_for(source), {"summary": "Point"}), "fr")
    assert report.raw == source and any("YAML alias" in n for n in report.notes)


def _translated(po: polib.POFile, texts: dict[str, str]) -> polib.POFile:
    for entry in po:
        entry.msgstr = texts.get(entry.msgctxt, entry.msgstr)
    return po


# -- coverage ---------------------------------------------------------------------------------------

def test_coverage_counts_the_texts_of_each_language():
    raw = CONTRACT.read_bytes()
    assert [c.format() for c in coverage(data_of(raw))] == ["en: 27/27 texts (100%)"]
    half = translate(raw, {"title": "Point de contrôle", "summary": "Un paragraphe."})
    assert [c.format() for c in coverage(data_of(half))] == ["en: 27/27 texts (100%)", "fr: 2/27 texts (7.4%)"]
