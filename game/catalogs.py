"""The program's own words, through gettext catalogs; scenario text comes from the scenario.

Every sentence the program writes (buttons, prompts, the debrief's phrases, the
terminal debrief) is declared once in English where it is used, with a stable
context key, and marked for extraction:

    HINT = P_("errors.hint", "Fix the file, then check it again.")
    COUNT = NP_("errors.count", "{count} problem to fix", "{count} problems to fix")

Translations live in `game/locale/<language>.po` (gettext PO files, read with Babel),
so adding a language is a data change only: a new PO file. `Texts(language)` turns a
message into the reader's language, with plural forms, and formats numbers,
percents and dates the way that language writes them ("62.5%" in English, "62,5 %"
in French). Extract the messages after adding some with:

    pybabel extract -F game/locale/babel.cfg -k P_:1c,2 -k NP_:1c,2,3 -o game/locale/bluehelm.pot .
    pybabel update -i game/locale/bluehelm.pot -d game/locale -D bluehelm --no-fuzzy-matching  (or edit fr.po)

`tests/test_catalogs.py` fails when a message has no translation in a shipped language.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_datetime
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.numbers import format_decimal, format_percent
from babel.support import NullTranslations, Translations

LOCALE_DIR = Path(__file__).with_name("locale")
SOURCE_LANGUAGE = "en"


@dataclass(frozen=True, slots=True)
class Message:
    """A sentence of the program: its context key and its English (singular, and plural when it counts)."""

    context: str
    english: str
    plural: str | None = None


def P_(context: str, english: str) -> Message:  # noqa: N802 - the gettext marker convention
    """Mark a sentence for translation (extracted as pgettext)."""
    return Message(context, english)


def NP_(context: str, singular: str, plural: str) -> Message:  # noqa: N802
    """Mark a sentence with a count for translation (extracted as npgettext); format it with count=."""
    return Message(context, singular, plural)


def messages(*declared: Message) -> dict[str, Message]:
    """A module's messages by context key."""
    return {m.context: m for m in declared}


def available_languages() -> list[str]:
    """English, then every language that has a catalog, by code."""
    return [SOURCE_LANGUAGE] + sorted(p.stem for p in LOCALE_DIR.glob("*.po") if p.stem != SOURCE_LANGUAGE)


def language_name(code: str) -> str:
    """A language's name in that language: English, Français."""
    try:
        name = Locale.parse(code).get_display_name(code) or code
    except (ValueError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


@lru_cache(maxsize=16)
def _translations(language: str) -> NullTranslations:
    path = LOCALE_DIR / f"{language}.po"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return NullTranslations()
    with path.open("rb") as stream:
        catalog = read_po(stream, locale=language)
    compiled = io.BytesIO()
    write_mo(compiled, catalog)  # fuzzy entries are left out, as msgfmt does
    compiled.seek(0)
    return Translations(compiled)


def _exact(value: float, decimals: int) -> Decimal:
    """The value rounded as shown, as a Decimal, so 74.4 stays 74.4 (not 74.40000000000001) when scaled."""
    return Decimal(str(round(value, decimals))).normalize()


def _locale(language: str) -> Locale:
    try:
        return Locale.parse(language.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return Locale.parse(SOURCE_LANGUAGE)


class Texts:
    """The program's words and numbers in one language (falling back to English for a missing one)."""

    def __init__(self, language: str = SOURCE_LANGUAGE) -> None:
        self.language = language
        self._catalog = _translations(language)
        self._locale = _locale(language)

    def __call__(self, message: Message, **values: object) -> str:
        """The message in this language, with `values` filled in ({count} picks the plural form)."""
        if message.plural is None:
            text = self._catalog.pgettext(message.context, message.english)
        else:
            count = values.get("count", 1)
            text = self._catalog.npgettext(message.context, message.english, message.plural,
                                           int(count) if isinstance(count, (int, float)) else 1)
        return text.format(**values) if values else text

    def number(self, value: float, decimals: int = 1) -> str:
        """62.5 in English, 62,5 in French (at most `decimals` decimals, no trailing zeros)."""
        return format_decimal(_exact(value, decimals), locale=self._locale, decimal_quantization=False)

    def percent(self, value: float, decimals: int = 1) -> str:
        """A percent from 0 to 100: 64.6% in English, 64,6 % in French."""
        return format_percent(_exact(value, decimals) / 100, locale=self._locale, decimal_quantization=False)

    def date(self, moment: datetime) -> str:
        """A date and time as the language writes it, short."""
        return format_datetime(moment, format="medium", locale=self._locale)


@lru_cache(maxsize=16)
def texts(language: str) -> Texts:
    """The (shared, immutable) Texts of a language."""
    return Texts(language)


def table_in(table: dict[str, Message], language: str, prefix: str) -> dict[str, str]:
    """A module's messages in `language`, keyed without their context `prefix`; placeholders ({seconds}...)
    are left for the caller to fill."""
    say = texts(language)
    return {key.removeprefix(prefix): say(message) for key, message in table.items()}
