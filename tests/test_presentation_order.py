"""Options in a fresh order every session: a permutation drawn from the seed, kept on resume,
recorded with each decision; and naive strategies played through the same rules as interactive play."""

from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from game.analysis.assessment import OptionTexts, play_strategy
from game.engine import rules
from game.engine.session import Session
from game.engine.state import SessionState

from conftest import CONTRACT, ROOT, compiled_from

COMPILED = compiled_from(CONTRACT)
SHIPPED = compiled_from(ROOT / "tests" / "errors" / "BH140-best-option-is-longest.yaml")


def _order(seed: int) -> list[str]:
    return [c.id for c in Session(COMPILED, seed=seed).choices]


@given(seed=st.integers(min_value=0, max_value=2**32), visit=st.integers(min_value=1, max_value=50))
def test_the_order_shown_is_a_permutation_of_the_options_on_offer_and_the_same_for_the_same_seed(seed, visit):
    node = SHIPPED.nodes["d1"]
    on_offer = rules.offered(node, SHIPPED.initial, set())
    shown = rules.presentation_order(node, on_offer, seed, visit)
    assert sorted(c.id for c in shown) == sorted(c.id for c in on_offer)
    assert shown == rules.presentation_order(node, on_offer, seed, visit)


def test_different_seeds_show_different_orders_and_every_option_comes_first_for_some_seed():
    node = SHIPPED.nodes["d1"]
    on_offer = rules.offered(node, SHIPPED.initial, set())
    firsts = {rules.presentation_order(node, on_offer, seed, 1)[0].id for seed in range(200)}
    assert firsts == {c.id for c in on_offer}
    assert len({tuple(c.id for c in rules.presentation_order(node, on_offer, seed, 1)) for seed in range(200)}) == 24


def test_a_keep_order_node_shows_its_options_in_file_order():
    node = SHIPPED.nodes["d1"]
    kept = rules.CompiledNode(node.id, node.choices, node.ending, node.on_enter, node.timer_seconds, node.timer_choice,
                              node.by_id, node.variants, keep_order=True)
    on_offer = rules.offered(kept, SHIPPED.initial, set())
    assert all(rules.presentation_order(kept, on_offer, seed, 1) == on_offer for seed in range(20))


@settings(max_examples=40)
@given(seed=st.integers(min_value=0, max_value=10_000))
def test_resume_and_replay_of_a_saved_state_show_the_order_shown_before(seed):
    session = Session(COMPILED, seed=seed, content_hash="h")
    before = [c.id for c in session.choices]
    saved = SessionState.from_json(json.loads(json.dumps(session.state.to_json())))
    assert saved.shown == before
    exact, _ = Session.resume(COMPILED, saved, content_hash="h")
    replayed, report = Session.resume(COMPILED, saved, content_hash="edited")  # replays the choice ids
    assert not report.exact
    assert [c.id for c in exact.choices] == before == [c.id for c in replayed.choices]


def test_each_decision_records_the_position_its_option_was_shown_at():
    session = Session(COMPILED, seed=3)
    shown = {c.id: c.number for c in session.choices}
    session.choose("wait")
    assert session.decisions[-1].position == shown["wait"]
    assert SessionState.from_json(session.state.to_json()).decisions[-1].position == shown["wait"]


def test_the_same_seed_shows_the_same_order_twice_and_some_seed_shows_another():
    assert _order(5) == _order(5)
    assert len({tuple(_order(seed)) for seed in range(20)}) == 2


def test_naive_strategies_play_by_the_same_rules_as_an_interactive_session():
    texts = OptionTexts(SHIPPED, "en")
    for name in ("first-shown", "longest", "shortest", "giveaway-words", "random"):
        for seed in range(1, 30):
            walked = play_strategy(SHIPPED, name, texts, seed)
            session = Session(SHIPPED, seed=seed)
            for node_id, choice_id in zip(walked.path, walked.choices):
                assert session.node_id == node_id
                shown = [SHIPPED.nodes[node_id].by_id[c.id] for c in session.choices]
                assert [c.id for c in shown] == [c.id for c in rules.presentation_order(
                    SHIPPED.nodes[node_id], rules.offered(SHIPPED.nodes[node_id], session.variables, set()),
                    seed, session.state.visits[node_id])]
                session.choose(choice_id)
            assert session.path == walked.path
            interactive = session.result()
            assert (interactive.scores, interactive.overall, interactive.passed, interactive.outcome) == (
                walked.result.scores, walked.result.overall, walked.result.passed, walked.result.outcome)
            assert len(interactive.critical) == len(walked.result.critical)
