"""The class mode's own words (the trainees' page and the projector), in each reader's language."""

from __future__ import annotations

from ..catalogs import P_, messages, table_in

PAGE = messages(
    P_("class.page.join-title", "Join the class"),
    P_("class.page.room", "Room code"),
    P_("class.page.name", "Name or service number"),
    P_("class.page.language", "Language"),
    P_("class.page.join", "Join"),
    P_("class.page.options", "Your vote"),
    P_("class.page.decision", "Decision {number}"),
    P_("class.page.voted", "Your vote is in. You can change it until voting closes."),
    P_("class.page.not-voted", "Choose an option to vote."),
    P_("class.page.closed", "Voting is closed."),
    P_("class.page.paused", "Paused for discussion."),
    P_("class.page.seconds", "{seconds} seconds left"),
    P_("class.page.reconnecting", "Connection lost: reconnecting..."),
    P_("class.page.votes", "{count} votes"),
    P_("class.page.group-took", "The group took: {text}"),
    P_("class.page.you-chose", "You voted: {text}"),
    P_("class.page.no-vote", "You did not vote."),
    P_("class.page.feedback", "Feedback: {text}"),
    P_("class.page.red-line", "Red line: {text}"),
    P_("class.page.debrief", "Your debrief"),
    P_("class.page.score", "Your score: {percent}"),
    P_("class.page.passed", "Passed"),
    P_("class.page.not-passed", "Not passed"),
    P_("class.page.strengths", "Strengths"),
    P_("class.page.work-on", "To work on"),
    P_("class.page.waiting", "Waiting for the instructor."),
    P_("class.page.ended", "The class has ended."),
)

PROJECTOR = messages(
    P_("class.projector.join", "Join at {address}"),
    P_("class.projector.room", "Room code: {code}"),
    P_("class.projector.joined", "{count} joined, {voted} voted"),
    P_("class.projector.hidden", "Tally hidden until you reveal it (R)"),
    P_("class.projector.keys", "R reveal  O re-open  M majority  1-9 take option  P pause  E end"),
    P_("class.projector.paused", "Paused for discussion (P to carry on)"),
    P_("class.projector.time-up", "Time is up: voting closed"),
    P_("class.projector.ended", "The class has ended: every trainee has their debrief."),
)

ERRORS = messages(
    P_("class.error.tie", "Tie between {options}: take one of them with its number key."),
    P_("class.error.no-votes", "No votes yet: take an option with its number key."),
    P_("class.error.closed", "Voting is closed."),
    P_("class.error.not-offered", "That option is not on offer."),
    P_("class.error.finished", "The class has ended."),
)


def page_words(language: str) -> dict[str, str]:
    """Every sentence of the page in `language`, keyed without the 'class.page.' prefix (placeholders kept:
    the page fills {seconds}, {text}...)."""
    return table_in(PAGE, language, "class.page.")
