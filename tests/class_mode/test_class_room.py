"""The class's rules, headless: secret votes, reveal, majority, ties, no votes, timers, records, debriefs."""

from __future__ import annotations

import pytest

from game.classroom import ClassError, projector_view, seat_view

from class_support import FakeClock, open_room, option_ids


@pytest.fixture
def room(tmp_path):
    return open_room(tmp_path, clock=FakeClock())


def test_a_class_has_a_short_room_code_and_an_instructor_token(room):
    assert len(room.room) == 6 and room.room.isalnum() and room.room.isupper()
    assert len(room.instructor_token) >= 20


def test_votes_stay_secret_until_the_instructor_reveals_them(room):
    ana, ben = room.join("Ana", "en"), room.join("Ben", "fr")
    first = option_ids(room)[0]
    room.vote(ana, first, 0)
    for view in (projector_view(room), seat_view(room, ben)):
        assert view["voted"] == 1 and all("votes" not in o for o in view["options"])
        assert "Ana" not in str(view)
    room.reveal()
    assert {o["id"]: o["votes"] for o in projector_view(room)["options"]}[first] == 1


def test_a_vote_can_change_until_voting_closes_and_counts_once(room):
    ana = room.join("Ana", "en")
    a, b = option_ids(room)[:2]
    room.vote(ana, a, 0)
    room.vote(ana, b, 0)
    assert room.tally() == {b: 1}
    room.reveal()
    with pytest.raises(ClassError) as refused:
        room.vote(ana, a, 0)
    assert refused.value.code == "closed"
    room.reopen()
    room.vote(ana, a, 0)
    assert room.tally() == {a: 1}


def test_each_trainee_reads_their_language_in_the_same_order(room):
    ana, ben = room.join("Ana", "en"), room.join("Ben", "fr")
    en, fr = seat_view(room, ana), seat_view(room, ben)
    assert [o["id"] for o in en["options"]] == [o["id"] for o in fr["options"]] == option_ids(room)
    assert en["text"] != fr["text"] and "marché" in fr["text"]


def test_the_majority_is_taken_and_a_tie_or_no_vote_asks_the_instructor(room):
    with pytest.raises(ClassError) as none:
        room.take_majority()
    assert none.value.code == "no-votes"
    ana, ben, cleo = (room.join(n, "en") for n in ("Ana", "Ben", "Cleo"))
    a, b = option_ids(room)[:2]
    room.vote(ana, a, 0)
    room.vote(ben, b, 0)
    with pytest.raises(ClassError) as tie:
        room.take_majority()
    assert tie.value.code == "tie"
    room.vote(cleo, b, 0)
    assert room.take_majority() == b
    assert room.run.session.decisions[0].choice == b and room.step == 1


def test_a_timed_decision_closes_on_time_and_with_no_vote_the_situation_decides(tmp_path):
    clock = FakeClock()
    room = open_room(tmp_path, clock=clock)
    ana = room.join("Ana", "en")
    while room.run.session.node_id != "well":  # walk the loop until the timed node
        room.take("patrol" if "patrol" in option_ids(room) else option_ids(room)[0])
    assert room.seconds_left() == 20
    clock.now += 21
    room.tick()
    assert room.phase == "revealed" and room.time_up
    with pytest.raises(ClassError):
        room.vote(ana, "push", room.step)
    assert room.take_majority() == "queue-help"
    assert room.run.session.decisions[-1].choice == "queue-help"


def test_each_trainee_has_their_own_recorded_session_and_debrief(room):
    ana, ben = room.join("Ana", "en"), room.join("Ben", "fr")
    room.vote(ana, "greet", 0)
    room.vote(ben, "patrol", 0)
    room.take("greet")
    while not room.finished:
        if "leave" in option_ids(room):
            room.vote(ana, "leave", room.step)
            room.take("leave")
        else:
            room.take(option_ids(room)[0])
    store = room.store
    assert [d.choice for d in store.decisions(ana.record_id)] == ["greet", "leave"]
    assert [d.choice for d in store.decisions(ben.record_id)] == ["patrol"]
    assert store.session(ana.record_id).course == f"class-{room.room}"
    assert store.session(ana.record_id).mode == store.session(room.run.record_id).mode == "class"
    assert store.result(ana.record_id)["outcome"] == "success"
    assert store.session(room.run.record_id).trainee.id == f"class-{room.room}"
    assert seat_view(room, ana)["debrief"]["decisions"][0]["choice"] == "Greet the elders."
    assert seat_view(room, ben)["debrief"]["decisions"][0]["choice"] == "Faire le tour du périmètre."


def test_a_relaunched_class_has_every_acknowledged_vote_and_the_group_path(tmp_path):
    room = open_room(tmp_path)
    ana, ben = room.join("Ana", "en"), room.join("Ben", "fr")
    room.vote(ana, "greet", 0)
    room.take("greet")
    room.vote(ana, option_ids(room)[0], 1)
    room.vote(ben, option_ids(room)[1], 1)
    code, path, votes = room.room, room.run.session.path, dict(room.tally())
    again = open_room(tmp_path)  # the first process was killed: nothing of it is closed or flushed
    assert (again.room, again.run.session.path, dict(again.tally())) == (code, path, votes)
    assert again.seat_for(ana.token).name == "Ana" and again.seat_for(ben.token).language == "fr"
    assert len(again.store.decisions(again.seat_for(ana.token).record_id)) == 1


def test_a_paused_class_takes_no_votes_and_its_timer_stops(tmp_path):
    clock = FakeClock()
    room = open_room(tmp_path, clock=clock)
    ana = room.join("Ana", "en")
    room.toggle_pause()
    with pytest.raises(ClassError):
        room.vote(ana, option_ids(room)[0], 0)
    room.toggle_pause()
    room.vote(ana, option_ids(room)[0], 0)
    assert room.phase == "voting"


def test_a_class_killed_after_the_journal_took_a_decision_but_before_the_records_catches_up(tmp_path):
    room = open_room(tmp_path)
    ana = room.join("Ana", "en")
    room.vote(ana, "greet", 0)
    room.journal.add_step(0, "greet", False)  # the kill comes here: the records store has nothing yet
    again = open_room(tmp_path)
    assert again.step == 1
    sessions = {s.trainee.id: [d.choice for d in again.store.decisions(s.id)] for s in again.store.sessions()}
    assert sessions == {"Ana": ["greet"], f"class-{again.room}": ["greet"]}


def test_a_class_killed_before_the_journal_noted_its_records_finds_them_again_without_duplicates(tmp_path):
    room = open_room(tmp_path)
    ana = room.join("Ana", "en")
    room.vote(ana, "greet", 0)
    room.take("greet")
    room.journal.db.execute("DELETE FROM meta WHERE key = 'group_record'")  # as if killed just before these
    room.journal.db.execute("UPDATE seats SET record_id = NULL")
    again = open_room(tmp_path)
    again.vote(again.seat_for(ana.token), option_ids(again)[0], 1)
    again.take(option_ids(again)[0])
    sessions = {s.trainee.id: len(again.store.decisions(s.id)) for s in again.store.sessions()}
    assert sessions == {"Ana": 2, f"class-{again.room}": 2}
