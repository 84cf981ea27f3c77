"""The one public runtime object: a `Session` playing a scenario on a `transitions` machine.

Nodes are states, choices are guarded transitions, `on_enter` effects are state
callbacks. States and transitions are added lazily, when play reaches a node, so
a 20,000-node scenario starts as fast as a 20-node one. The session takes no wall
clock: front ends report elapsed time through `advance_time`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace

from transitions import EventData, Machine, MachineError, State

from ..authoring.conditions import Value
from ..authoring.model import Choice, localized
from scoring import Result, ScoringRules, score_playthrough
from . import rules
from .rules import CompiledChoice, CompiledScenario
from .state import Decision, SessionState, rng_state_from_json, rng_state_to_json

_BRIEFING = "__briefing__"
MAX_SECONDS = 366 * 24 * 3600.0
"""A year of play: a recorded time beyond it (or negative, or not a number) is not a real one."""


class SessionError(Exception):
    """A request the session cannot carry out; the message says why in one line."""


class ChoiceNotOffered(SessionError):
    pass


@dataclass(frozen=True, slots=True)
class SpeakerView:
    id: str
    name: str
    role: str
    portrait: str | None


@dataclass(frozen=True, slots=True)
class VariableView:
    name: str
    label: str
    value: Value
    low: int | None
    high: int | None


@dataclass(frozen=True, slots=True)
class NodeView:
    id: str
    text: str
    speaker: SpeakerView | None
    background: str | None
    ending: str | None
    timer_seconds: float | None
    seconds_left: float | None


@dataclass(frozen=True, slots=True)
class ChoiceView:
    id: str
    text: str
    number: int  # 1-based position in the order shown (shuffled from the session's seed)


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a decision did, for feedback."""

    node: str
    choice: str
    destination: str
    score: dict[str, int]
    feedback: str
    critical: str | None
    objectives: list[str]
    timer: bool


@dataclass(frozen=True, slots=True)
class ResumeReport:
    """How a saved session came back: exactly, by replay, or up to where the scenario changed."""

    exact: bool
    replayed: int
    dropped: int
    message: str


class _Fsm:
    """The model object the transitions machine drives (kept apart from Session's API)."""

    state: str


@dataclass
class _Step:
    choice: CompiledChoice
    destination: str
    seconds: float
    timer: bool
    at: float = field(default=0.0)
    position: int | None = None


class Session:
    """Play of one scenario by one trainee: current node, choices on offer, choose, time."""

    def __init__(self, compiled: CompiledScenario, *, seed: int = 0, language: str | None = None,
                 content_hash: str = "") -> None:
        self.compiled = compiled
        self.scenario = compiled.model
        self.language = language or self.scenario.language
        self.content_hash = content_hash
        self.seed = seed
        self._rng = random.Random(seed)
        self._variables: dict[str, Value] = dict(compiled.initial)
        self._visits: dict[str, int] = {}
        self._decisions: list[Decision] = []
        self._taken_once: set[tuple[str, str]] = set()
        self._node_seconds = 0.0
        self._elapsed = 0.0
        self._wired: set[str] = set()
        self._shown: list[str] = []
        self._shown_at: tuple[str, int] = ("", 0)
        self._fsm = _Fsm()
        self._machine = Machine(model=self._fsm, states=[State(_BRIEFING)], initial=_BRIEFING,
                                auto_transitions=False, send_event=True, ignore_invalid_triggers=False)
        self._add_state(compiled.start)
        self._machine.add_transition("begin", _BRIEFING, compiled.start)
        self._fsm.trigger("begin")  # type: ignore[attr-defined]

    # -- the machine, built as play reaches each node ------------------------------

    def _add_state(self, node_id: str) -> None:
        if node_id not in self._machine.states:
            node = self.compiled.nodes[node_id]
            self._machine.add_state(State(node_id, on_enter=[self._entered], final=node.ending is not None))

    def _wire(self, node_id: str) -> None:
        if node_id in self._wired:
            return
        self._wired.add(node_id)
        for choice in self.compiled.nodes[node_id].choices:
            for destination in choice.destinations:
                self._add_state(destination)
                self._machine.add_transition(
                    choice.id, node_id, destination,
                    conditions=[self._is_offered, _leads_to(destination)], before=[self._apply_choice])

    def _entered(self, event: EventData) -> None:
        node_id = event.state.name
        node = self.compiled.nodes[node_id]
        rules.apply_effects(node.on_enter, self._variables, self.compiled.bounds)
        self._visits[node_id] = self._visits.get(node_id, 0) + 1
        self._node_seconds = 0.0
        self._wire(node_id)

    def _is_offered(self, event: EventData) -> bool:
        step: _Step = event.kwargs["step"]
        return rules.is_offered(step.choice, self._variables, self._taken_once)

    def _apply_choice(self, event: EventData) -> None:
        step: _Step = event.kwargs["step"]
        choice = step.choice
        rules.apply_effects(choice.effects, self._variables, self.compiled.bounds)
        if choice.once:
            self._taken_once.add((choice.node, choice.id))
        self._decisions.append(Decision(choice.node, choice.id, step.destination, step.seconds, step.timer, step.at,
                                        step.position))

    # -- what front ends read ----------------------------------------------------------

    @property
    def node_id(self) -> str:
        return self._fsm.state

    @property
    def finished(self) -> bool:
        return self.compiled.nodes[self.node_id].ending is not None

    @property
    def node(self) -> NodeView:
        node_id = self.node_id
        model, compiled = self.scenario.nodes[node_id], self.compiled.nodes[node_id]
        left = None if compiled.timer_seconds is None else max(0.0, compiled.timer_seconds - self._node_seconds)
        variant = rules.shown_variant(compiled.variants, self._variables)
        text = model.text if variant is None else model.variants[variant].text
        return NodeView(node_id, self.text(text), self._speaker(model.speaker), model.background,
                        model.ending, compiled.timer_seconds, left)

    def _speaker(self, cast_id: str | None) -> SpeakerView | None:
        if cast_id is None:
            return None
        member = self.scenario.cast[cast_id]
        return SpeakerView(cast_id, self.text(member.name), self.text(member.role), member.portrait)

    def text(self, value: object) -> str:
        """A text field in the session's language (falling back to the scenario's)."""
        return localized(value, self.language, self.scenario.language)  # type: ignore[arg-type]

    def offered(self) -> list[CompiledChoice]:
        """The choices on offer, in the order they are shown (see `rules.presentation_order`)."""
        node = self.compiled.nodes[self.node_id]
        on_offer = rules.offered(node, self._variables, self._taken_once)
        if self._shown_at == (self.node_id, self._visits.get(self.node_id, 0)) and \
                sorted(self._shown) == sorted(c.id for c in on_offer):
            by_id = {c.id: c for c in on_offer}
            return [by_id[i] for i in self._shown]
        shown = rules.presentation_order(node, on_offer, self.seed, self._visits.get(self.node_id, 0))
        self._shown, self._shown_at = [c.id for c in shown], (self.node_id, self._visits.get(self.node_id, 0))
        return shown

    @property
    def choices(self) -> list[ChoiceView]:
        node = self.scenario.nodes[self.node_id]
        return [ChoiceView(c.id, self.choice_text(node.choices[c.index], c), n)
                for n, c in enumerate(self.offered(), start=1)]

    def choice_text(self, model: Choice, compiled: CompiledChoice) -> str:
        """A choice's text as shown now: its first variant whose condition holds, else its plain text."""
        variant = rules.shown_variant(compiled.variants, self._variables)
        return self.text(model.text if variant is None else model.variants[variant].text)

    def critical_text(self, model: Choice) -> str | None:
        """The red line a choice crosses, in the session's language: the catalogue's rule or the author's sentence."""
        if model.critical is None:
            return None
        if model.red_line is not None:
            return self.compiled.red_lines.rule(model.red_line, self.language)
        return self.text(model.critical)

    @property
    def variables(self) -> dict[str, Value]:
        return dict(self._variables)

    def visible_variables(self) -> list[VariableView]:
        return [VariableView(name, self.text(v.label) or name, self._variables[name], v.min, v.max)
                for name, v in self.scenario.variables.items() if v.show]

    @property
    def decisions(self) -> list[Decision]:
        return list(self._decisions)

    @property
    def path(self) -> list[str]:
        return [self.compiled.start] + [d.goto for d in self._decisions]

    # -- what front ends do --------------------------------------------------------------

    def choose(self, choice_id: str) -> Outcome:
        """Take a choice on offer; raises ChoiceNotOffered (one clear line) otherwise."""
        if self.finished:
            raise ChoiceNotOffered(f"the scenario has ended at '{self.node_id}': no choice is on offer")
        choice = self.compiled.nodes[self.node_id].by_id.get(choice_id)
        if choice is None or choice not in self.offered():
            on_offer = ", ".join(c.id for c in sorted(self.offered(), key=lambda c: c.index)) or "none"
            raise ChoiceNotOffered(f"choice '{choice_id}' is not on offer at node '{self.node_id}'; on offer: {on_offer}")
        return self._take(choice, timer=False)

    def advance_time(self, seconds: float, *, timers: bool = True) -> Outcome | None:
        """Report play time; when a node's timer runs out its timer choice is taken and returned.

        With `timers=False` (a trainee who switched timers off) the time still counts, for the
        decision's recorded seconds, but no timer fires."""
        if not seconds >= 0:  # also refuses NaN
            raise SessionError("time cannot go backwards")
        if self.finished:
            return None
        self._elapsed += seconds
        self._node_seconds += seconds
        node = self.compiled.nodes[self.node_id]
        if not timers or node.timer_seconds is None or self._node_seconds < node.timer_seconds:
            return None
        choice = node.by_id[node.timer_choice] if node.timer_choice else None
        if choice is None or choice not in self.offered():
            return None
        self._node_seconds = node.timer_seconds
        return self._take(choice, timer=True)

    def _take(self, choice: CompiledChoice, *, timer: bool) -> Outcome:
        shown = [c.id for c in self.offered()]
        position = shown.index(choice.id) + 1 if choice.id in shown else None
        destination = rules.pick_destination(choice, self._rng)
        step = _Step(choice, destination, round(self._node_seconds, 3), timer, round(self._elapsed, 3), position)
        try:
            self._fsm.trigger(choice.id, step=step)  # type: ignore[attr-defined]
        except MachineError as exc:  # the rules and the machine disagree: a bug, not a user error
            raise SessionError(f"internal error taking '{choice.id}' at '{choice.node}': {exc}") from exc
        model = self.scenario.nodes[choice.node].choices[choice.index]
        critical = self.critical_text(model)
        return Outcome(choice.node, choice.id, destination, dict(choice.score), self.text(model.feedback),
                       critical, list(model.objectives), timer)

    # -- results ---------------------------------------------------------------------------

    def result(self) -> Result:
        ratings, red_lines = [], []
        for decision in self._decisions:
            compiled = self.compiled.nodes[decision.node].by_id[decision.choice]
            ratings.append(dict(compiled.score))
            if compiled.critical:
                model = self.scenario.nodes[decision.node].choices[compiled.index]
                red_lines.append(self.critical_text(model))
        node = self.compiled.nodes[self.node_id]
        outcome = node.ending if node.ending is not None else "incomplete"
        return score_playthrough(ScoringRules.from_scenario(self.scenario), ratings, red_lines, outcome)

    # -- save and resume ---------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        shown = [] if self.finished else [c.id for c in self.offered()]
        return SessionState(self.scenario.id, self.content_hash, self.seed, self.language, self.node_id,
                            dict(self._variables), dict(self._visits), list(self._decisions),
                            rng_state_to_json(self._rng.getstate()), self._node_seconds, self._elapsed, shown)

    @classmethod
    def resume(cls, compiled: CompiledScenario, saved: SessionState, *, content_hash: str = "") -> tuple["Session", ResumeReport]:
        """Restore a saved session; when the scenario changed since, replay its choices instead."""
        if saved.scenario != compiled.model.id:
            raise SessionError(f"saved session is for scenario '{saved.scenario}', not '{compiled.model.id}'")
        if saved.content_hash == content_hash and saved.node in compiled.nodes:
            return cls._restore_exactly(compiled, saved), ResumeReport(True, len(saved.decisions), 0, "resumed")
        return cls._replay(compiled, saved, content_hash)

    @classmethod
    def transplant(cls, compiled: CompiledScenario, saved: SessionState, *,
                   content_hash: str = "") -> tuple["Session", ResumeReport]:
        """Carry a live session onto an edited version of its scenario (live reload).

        When the current node still exists the trainee stays there with the same
        variables (new variables start at their initial value, changed bounds clamp,
        a variable whose type changed restarts) and the same history; otherwise the
        choices are replayed as `resume` does.
        """
        if saved.scenario != compiled.model.id or saved.node not in compiled.nodes:
            return cls.resume(compiled, saved, content_hash=content_hash)
        variables = dict(compiled.initial)
        for name, value in saved.variables.items():
            if name in variables and type(value) is type(variables[name]):
                bounds = compiled.bounds.get(name)
                variables[name] = bounds.clamp(value) if bounds is not None and type(value) is int else value
        carried = replace(saved, variables=variables, content_hash=content_hash)
        session = cls._restore_exactly(compiled, carried)
        return session, ResumeReport(True, len(saved.decisions), 0, f"reloaded at node '{saved.node}'")

    @classmethod
    def _restore_exactly(cls, compiled: CompiledScenario, saved: SessionState) -> "Session":
        session = cls(compiled, seed=saved.seed, language=saved.language, content_hash=saved.content_hash)
        session._add_state(saved.node)
        session._machine.set_state(saved.node, model=session._fsm)
        session._wire(saved.node)
        session._variables = dict(saved.variables)
        session._visits = dict(saved.visits)
        session._decisions = list(saved.decisions)
        session._taken_once = {(d.node, d.choice) for d in saved.decisions
                               if compiled.nodes.get(d.node) and d.choice in compiled.nodes[d.node].by_id
                               and compiled.nodes[d.node].by_id[d.choice].once}
        session._rng.setstate(rng_state_from_json(saved.rng))
        session._node_seconds, session._elapsed = saved.node_seconds, saved.elapsed
        session._shown, session._shown_at = list(saved.shown), (saved.node, session._visits.get(saved.node, 0))
        return session

    @classmethod
    def replay(cls, compiled: CompiledScenario, saved: SessionState, *,
               content_hash: str = "") -> tuple["Session", ResumeReport]:
        """A fresh session with the saved seed and language that takes the saved decisions again, one by
        one, through the rules: nothing derived (node, variables, scores) is taken from `saved`. The
        report says how many decisions replayed, and why the first one that did not failed."""
        return cls._replay(compiled, saved, content_hash)

    @classmethod
    def _replay(cls, compiled: CompiledScenario, saved: SessionState, content_hash: str) -> tuple["Session", ResumeReport]:
        session = cls(compiled, seed=saved.seed, language=saved.language, content_hash=content_hash)
        total = len(saved.decisions)
        for count, decision in enumerate(saved.decisions):
            problem = session._replay_one(decision)
            if problem:
                message = (f"the scenario changed since this session was saved: {problem}; "
                           f"resuming at node '{session.node_id}' after {count} of {total} decisions")
                return session, ResumeReport(False, count, total - count, message)
        return session, ResumeReport(False, total, 0, f"the scenario changed since this session was saved; "
                                                      f"all {total} decisions were replayed")

    def _replay_one(self, decision: Decision) -> str | None:
        if decision.node != self.node_id:
            return f"decision {decision.choice!r} was made at node '{decision.node}', but play is now at '{self.node_id}'"
        node = self.compiled.nodes[self.node_id]
        choice = node.by_id.get(decision.choice)
        if choice is None or choice not in self.offered():
            return f"choice '{decision.choice}' no longer exists or is not on offer at node '{self.node_id}'"
        if decision.timer and decision.choice != node.timer_choice:
            return f"choice '{decision.choice}' is recorded as taken by a timer, but it is not this node's timer choice"
        if not (0 <= decision.seconds < MAX_SECONDS and 0 <= decision.at < MAX_SECONDS):
            return f"decision {decision.choice!r} has an impossible time ({decision.seconds!r} s at {decision.at!r} s)"
        self._node_seconds = decision.seconds
        self._elapsed = decision.at
        outcome = self._take(choice, timer=decision.timer)
        if outcome.destination != decision.goto:
            return f"choice '{decision.choice}' now leads to '{outcome.destination}', not '{decision.goto}'"
        return None


def _leads_to(destination: str):
    def condition(event: EventData) -> bool:
        return event.kwargs["step"].destination == destination
    return condition
