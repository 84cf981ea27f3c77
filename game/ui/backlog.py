"""The text history (backlog) of a session: what was read and what was chosen, in order.

Rebuilt by replaying the session's decisions on a fresh session with the same seed and
language (as the debrief does), so a resumed session has its whole history too, and each
node's text is the variant that was shown then. No pygame here.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..engine.session import Session


@dataclass(frozen=True)
class Line:
    kind: str  # "node" (what was read) or "choice" (what was chosen)
    speaker: str
    text: str
    timer: bool = False  # a choice the timer took


def history(session: Session) -> list[Line]:
    """Every node read and option chosen so far, the current node last."""
    replay = Session(session.compiled, seed=session.seed, language=session.language)
    lines: list[Line] = []
    for decision in session.decisions:
        if replay.finished or replay.node_id != decision.node:
            break
        lines.append(_read(replay))
        texts = {c.id: c.text for c in replay.choices}
        lines.append(Line("choice", "", texts.get(decision.choice, decision.choice), decision.timer))
        if replay.choose(decision.choice).destination != decision.goto:
            break
    lines.append(_read(session))
    return lines


def _read(session: Session) -> Line:
    node = session.node
    return Line("node", node.speaker.name if node.speaker else "", node.text.strip())
