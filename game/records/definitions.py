"""A scenario version's texts as the records keep them: titles, node and option texts in every language.

Recorded once per (scenario id, content hash) when a session of it starts, so xAPI
statements and reports are built from the records alone and come out the same
every time, whether or not the scenario file is still around.
"""

from __future__ import annotations

import re

from ..authoring.model import LocalText, Scenario

NAME_LIMIT = 90
_SENTENCE_END = re.compile(r"(?<=[.!?\u2026])\s")


def language_map(text: LocalText | None, default: str) -> dict[str, str]:
    """{language: text} for a scenario text (a plain string is in the scenario's own language)."""
    if text is None:
        return {}
    if isinstance(text, str):
        return {default: text} if text else {}
    return {lang: value for lang, value in text.items() if value}


def short_name(text: str) -> str:
    """A node's name for lists and dashboards: its first sentence, cut to NAME_LIMIT characters."""
    flat = " ".join(text.split())
    first = _SENTENCE_END.split(flat, maxsplit=1)[0]
    return first if len(first) <= NAME_LIMIT else first[:NAME_LIMIT - 1].rstrip() + "\u2026"


def scenario_definition(scenario: Scenario) -> dict:
    """Plain JSON: title, summary, languages, dimensions (label, weight), pass mark, and every node with
    its text, name and options (id, text, ratings, red line) in every language the scenario has."""
    own = scenario.language
    title = language_map(scenario.title, own)
    languages = sorted({own, *title})
    nodes = {}
    for node_id, node in scenario.nodes.items():
        text = language_map(node.text, own)
        nodes[node_id] = {
            "text": text, "name": {lang: short_name(value) for lang, value in text.items()},
            "ending": node.ending,
            "choices": [{"id": c.id, "text": language_map(c.text, own), "score": dict(c.score),
                         "red_line": c.critical is not None} for c in node.choices]}
    return {"id": scenario.id, "language": own, "languages": languages, "title": title,
            "summary": language_map(scenario.summary, own),
            "dimensions": {key: {"label": language_map(d.label, own), "weight": float(d.weight)}
                           for key, d in scenario.dimensions.items()},
            "pass_mark": float(scenario.pass_mark), "nodes": nodes}


def pick(texts: dict[str, str] | None, language: str | None, fallback: str) -> str:
    """One language's text from a {language: text} map (else the scenario's, else any)."""
    if not texts:
        return ""
    return texts.get(language or fallback) or texts.get(fallback) or next(iter(texts.values()))
