"""Translation workflow: scenario texts to a gettext PO file and back, and coverage per language.

`extract` writes every translatable text (`text_fields`) to a PO file: the msgid is
the text in the scenario's language, the msgctxt where it is (its YAML path, with
choices and objectives named by their ids, so reordering options in the file keeps
every entry in its place), so that the same English in two places stays two entries. `apply` writes the translations back into
the YAML by editing the source text in place (yamledit.py), so comments, layout and
every untouched byte stay as they were; the result is read back and compared with
what was meant before anything is written.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass, field

import polib

from .. import __version__
from .model import Scenario
from .checks import SLUG
from .textfields import LANGUAGE_CODE, text_fields
from .yamledit import Change, EditError, edit_texts
from .yamlsource import Spot, YamlDocument, locate, read_yaml, spot_at

Path_ = tuple[object, ...]

_WHAT = {"title": "Scenario title", "summary": "Menu summary", "briefing": "Briefing before the first node",
         "label": "Label", "name": "Name of a cast member", "role": "Role of a cast member",
         "feedback": "Feedback after the choice (training mode and debrief)",
         "critical": "Red line: why this choice fails the scenario"}


class TranslationError(ValueError):
    """A file or PO file that cannot be used; the message is one line for the author."""


@dataclass(frozen=True, slots=True)
class Text:
    """One translatable text: where it is (its YAML path, and the PO context naming it), its source
    text, and its translation (None if missing)."""

    path: Path_
    source: str
    translation: str | None
    line: int
    context: str = ""


def path_text(path: Path_) -> str:
    """A YAML path as a PO context by positions: nodes.arrival.choices.0.text (older PO files use these)."""
    return ".".join(str(p) for p in path)


def context_of(data: dict, path: Path_) -> str:
    """A YAML path as a PO context, choices and objectives named by id: nodes.arrival.choices.ask-chair.text.
    A position stays where the id is missing, not a slug or not unique, so every context names one text."""
    parts: list[str] = []
    holder: object = data
    for index, item in enumerate(path):
        named = _id_at(holder, item) if index and path[index - 1] in ("choices", "objectives") else None
        parts.append(named or str(item))
        holder = holder.get(item) if isinstance(holder, dict) else \
            holder[item] if isinstance(holder, list) and isinstance(item, int) and 0 <= item < len(holder) else None
    return ".".join(parts)


def _id_at(items: object, position: object) -> str | None:
    if not isinstance(items, list) or not isinstance(position, int) or not 0 <= position < len(items):
        return None
    ids = [item.get("id") if isinstance(item, dict) else None for item in items]
    ident = ids[position]
    if isinstance(ident, str) and SLUG.fullmatch(ident) and not ident.isdigit() and ids.count(ident) == 1:
        return ident
    return None


def _describe(path: Path_) -> str:
    if path[0] == "nodes" and path[-1] == "text":
        what = "Choice button" if "choices" in path else "Node text"
        return f"{what}, shown instead while a condition holds (variant)" if "variants" in path else what
    if path[0] == "objectives":
        return "Learning objective"
    return _WHAT.get(str(path[-1]), "Text")


def read_document(raw: bytes, file: str) -> YamlDocument:
    document, problems = read_yaml(raw, file)
    if document is None or not isinstance(document.data, dict):
        first = problems[0].format() if problems else f"{file}: not a scenario mapping"
        raise TranslationError(f"cannot read the scenario: {first}")
    return document


def scenario_language(data: dict) -> str:
    language = data.get("language", "en")
    return language if isinstance(language, str) else "en"


def texts(document: YamlDocument, language: str) -> Iterator[Text]:
    """Every text of the scenario that has its own-language version, with its `language` translation."""
    data, root = document.data, document.spot
    assert isinstance(data, dict)
    own = scenario_language(data)
    for path, value in text_fields(data):
        if isinstance(value, str):
            yield Text(path, value, None, locate(root, path)[0], context_of(data, path))
        elif isinstance(value, dict) and isinstance(value.get(own), str):
            translation = value.get(language)
            yield Text(path, value[own], translation if isinstance(translation, str) else None,
                       locate(root, path + (own,))[0], context_of(data, path))


def _source(raw: bytes, file: str, language: str):
    """The scenario's document, its data and its own language; translating into that language is an error."""
    document = read_document(raw, file)
    data = document.data
    assert isinstance(data, dict)
    own = scenario_language(data)
    if language == own:
        raise TranslationError(f"'{language}' is the scenario's own language; name the language to translate into")
    return document, data, own


# -- extract ----------------------------------------------------------------------

def extract(raw: bytes, file: str, language: str) -> polib.POFile:
    """A PO file of every text of the scenario, with the existing `language` translations filled in."""
    _check_code(language)
    document, data, own = _source(raw, file, language)
    po = polib.POFile(wrapwidth=78)
    po.header = (f"Translation of the Bluehelm scenario '{data.get('id')}' ({file}) from '{own}' into '{language}'.\n"
                 "Fill in each msgstr; keep msgctxt as it is (it says where the text goes).\n"
                 f"Then: bluehelm i18n apply {file} THIS-FILE.po")
    po.metadata = {
        "Project-Id-Version": str(data.get("id", "")),
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": f"bluehelm {__version__}",
        "X-Source-Language": own,
    }
    for text in texts(document, language):
        po.append(polib.POEntry(msgctxt=text.context, msgid=text.source, msgstr=text.translation or "",
                                occurrences=[(file, str(text.line))], comment=_describe(text.path)))
    return po


def _check_code(language: str) -> None:
    if not LANGUAGE_CODE.fullmatch(language):
        raise TranslationError(f"'{language}' is not a language code such as 'fr' or 'pt-BR'")


# -- apply --------------------------------------------------------------------------

@dataclass
class ApplyReport:
    """What `apply` did: the new bytes, and counts and notes for the author."""

    raw: bytes
    language: str
    changed: list[str] = field(default_factory=list)
    unchanged: int = 0
    untranslated: int = 0
    fuzzy: int = 0
    notes: list[str] = field(default_factory=list)


class _POText(str):
    """A PO file's text for polib. polib takes a string naming an existing file as that file's path,
    and splits text on every Unicode line break (U+2028 too), unlike the file reading it does."""

    def splitlines(self, keepends: bool = False) -> list[str]:  # type: ignore[override]
        return self.split("\n")


# A comment line holding NUL: no file name can contain it, so polib never reads the text as a path.
_NOT_A_PATH = "\n# \x00\n"


def read_po(raw: bytes, file: str) -> polib.POFile:
    """Parse a PO file's bytes (read by the caller: polib is never given a path or a text it could take for one)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise TranslationError(f"{file} is not UTF-8 text (byte {exc.start}): save it as UTF-8") from exc
    if "\x00" in text:
        raise TranslationError(f"{file} holds a NUL character: it is not a PO file")
    try:
        po = polib.pofile(_POText(text + _NOT_A_PATH), encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise TranslationError(f"{file} is not a readable PO file: {exc}") from exc
    for entry in [e for e in po if e.tcomment == "\x00"]:
        po.remove(entry)
    return po


def po_language(po: polib.POFile, given: str | None) -> str:
    """The language the PO file's translations are in: its Language header, which --lang may only confirm."""
    header = po.metadata.get("Language", "").strip().replace("_", "-")  # gettext writes pt_BR
    if given and header and given.replace("_", "-").lower() != header.lower():
        raise TranslationError(f"the PO file's translations are in '{header}' (its Language header), not '{given}': "
                               f"drop --lang, or extract a '{given}' PO file and translate that")
    language = given or header
    if not language:
        raise TranslationError("the PO file names no Language: give it with --lang")
    _check_code(language)
    return language


def apply(raw: bytes, file: str, po: polib.POFile, language: str) -> ApplyReport:
    """The scenario's bytes with the PO file's translations written in; unchanged texts keep their bytes."""
    document, data, own = _source(raw, file, language)
    report = ApplyReport(raw, language)
    found = list(texts(document, language))
    by_context = {path_text(text.path): text for text in found}  # PO files made before contexts used ids
    by_context.update({text.context: text for text in found})
    shared = _shared_spots(document)
    changes: list[Change] = []
    for entry in po:
        if entry.obsolete:
            continue
        text = by_context.get(entry.msgctxt or "")
        if text is None:
            report.notes.append(f"{file}: no text at '{entry.msgctxt}' any more: entry skipped")
            continue
        if "fuzzy" in entry.flags:
            report.fuzzy += 1
            continue
        if not entry.msgstr:
            report.untranslated += 1
            continue
        if entry.msgid != text.source:
            report.notes.append(f"{file}:{text.line}: the text at '{entry.msgctxt}' changed since the PO file "
                                "was made: entry skipped (extract again)")
            continue
        if entry.msgstr == text.translation:
            report.unchanged += 1
            continue
        if id(spot_at(document.spot, text.path)) in shared:
            report.notes.append(f"{file}:{text.line}: the text at '{text.context}' is a YAML alias: "
                                "translate it where its anchor is")
            continue
        changes.append(Change(text.path, own, language, entry.msgstr))
        report.changed.append(text.context)
    if changes:
        try:
            report.raw = edit_texts(raw, document, changes, expected=_expected(data, changes))
        except EditError as exc:
            raise TranslationError(f"{file}: {exc}; the file was not changed") from exc
    return report


def _shared_spots(document: YamlDocument) -> set[int]:
    """Spots reached by more than one path (YAML aliases): editing one would edit all."""
    seen: set[int] = set()
    shared: set[int] = set()

    def walk(spot: Spot) -> None:
        if id(spot) in seen:
            shared.add(id(spot))
            return
        seen.add(id(spot))
        for child in getattr(spot, "values", {}).values():
            walk(child)
        for child in getattr(spot, "items", []):
            walk(child)
    walk(document.spot)
    return shared


def _expected(data: dict, changes: list[Change]) -> dict:
    expected = copy.deepcopy(data)
    for change in changes:
        holder = expected
        for item in change.path[:-1]:
            holder = holder[item]
        key = change.path[-1]
        value = holder[key]
        holder[key] = {change.own: value, change.language: change.text} if isinstance(value, str) \
            else {**value, change.language: change.text}
    return expected


# -- coverage -------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Coverage:
    language: str
    translated: int
    texts: int

    @property
    def percent(self) -> float:
        """Rounded down to one decimal, so that 100% means every text."""
        return 100.0 if self.translated == self.texts else int(1000 * self.translated / self.texts) / 10

    def format(self) -> str:
        return f"{self.language}: {self.translated}/{self.texts} texts ({self.percent:g}%)"

    def to_json(self) -> dict[str, object]:
        return {"translated": self.translated, "texts": self.texts, "percent": self.percent}


def coverage(data: dict) -> list[Coverage]:
    """How many texts each language of the scenario has, its own language first."""
    own = scenario_language(data)
    values = [v for _, v in text_fields(data) if isinstance(v, (str, dict))]
    languages = {own} | {k for v in values if isinstance(v, dict) for k in v if isinstance(k, str)}
    counts = dict.fromkeys(languages, 0)
    for value in values:
        for language in ({own} if isinstance(value, str) else set(value) & languages):
            counts[language] += 1
    order = [own] + sorted(languages - {own})
    return [Coverage(language, counts[language], len(values)) for language in order if values]


def scenario_coverage(scenario: Scenario) -> list[Coverage]:
    """`coverage` of a validated scenario."""
    return coverage(scenario.model_dump(by_alias=True))


def coverage_lines(coverages: dict[str, list[Coverage]], *, every_file: bool = False) -> list[str]:
    """One line per file that has more than one language (every file with `every_file`)."""
    return [f"{file}: " + ", ".join(c.format() for c in found)
            for file, found in coverages.items() if found and (every_file or len(found) > 1)]
