"""The program's words go through gettext catalogs: every message is translated in every shipped
language, numbers and percents follow the language, and a new language is a data change only."""

from __future__ import annotations

import shutil

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from game import catalogs
from game.catalogs import NP_, P_, Texts, available_languages, language_name

from conftest import ROOT

KEYWORDS = {"P_": ((1, "c"), 2), "NP_": ((1, "c"), 2, 3)}


def declared_messages() -> set[tuple[str, str]]:
    """(context, English) of every message the code marks, found the way `pybabel extract` finds them."""
    found = set()
    for _, _, message, _, context in extract_from_dir(ROOT / "game", method_map=[("**.py", "python")],
                                                     keywords=KEYWORDS):
        english = message[0] if isinstance(message, tuple) else message
        found.add((context, english))
    return found


@pytest.mark.parametrize("language", [code for code in available_languages() if code != "en"])
def test_every_message_has_a_translation_in_every_shipped_language(language):
    with (catalogs.LOCALE_DIR / f"{language}.po").open("rb") as stream:
        catalog = read_po(stream)
    translated = {(m.context, m.id[0] if isinstance(m.id, tuple) else m.id) for m in catalog
                  if m.id and not m.fuzzy and (all(m.string) if isinstance(m.string, tuple) else m.string)}
    missing = sorted(declared_messages() - translated)
    assert missing == [], f"{len(missing)} messages without a '{language}' translation in game/locale/{language}.po"


def test_plural_forms_follow_the_language():
    count = NP_("play-text.resumed", "Resuming session {id} after {count} decision.",
                "Resuming session {id} after {count} decisions.")
    assert Texts("en")(count, id=3, count=1) == "Resuming session 3 after 1 decision."
    assert Texts("en")(count, id=3, count=2) == "Resuming session 3 after 2 decisions."
    assert Texts("fr")(count, id=3, count=1) == "Reprise de la séance 3 après 1 décision."
    assert Texts("fr")(count, id=3, count=0) == "Reprise de la séance 3 après 0 décision."


def test_numbers_and_percents_are_written_the_languages_way():
    assert (Texts("en").percent(62.5), Texts("en").number(64.6)) == ("62.5%", "64.6")
    assert (Texts("fr").percent(62.5), Texts("fr").number(64.6)) == ("62,5\u00a0%", "64,6")
    assert Texts("fr").percent(74.4) == "74,4\u00a0%"


def test_a_language_without_a_catalog_falls_back_to_english():
    assert Texts("sw")(P_("button.back", "Back")) == "Back"


def test_adding_a_language_is_a_data_change_only(tmp_path, monkeypatch):
    locale = tmp_path / "locale"
    shutil.copytree(catalogs.LOCALE_DIR, locale)
    (locale / "de.po").write_text('msgid ""\nmsgstr ""\n"Language: de\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                                  'msgctxt "button.back"\nmsgid "Back"\nmsgstr "Zurück"\n', encoding="utf-8")
    monkeypatch.setattr(catalogs, "LOCALE_DIR", locale)
    catalogs._translations.cache_clear()
    try:
        assert "de" in available_languages() and language_name("de") == "Deutsch"
        assert Texts("de")(P_("button.back", "Back")) == "Zurück"
        assert Texts("de").percent(62.5) == "62,5\u00a0%"
    finally:
        catalogs._translations.cache_clear()
