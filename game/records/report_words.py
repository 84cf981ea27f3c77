"""The class report's own words, declared once in English and translated through game/locale/*.po."""

from __future__ import annotations

from ..catalogs import NP_, P_, messages

WORDS = messages(
    P_("report.title", "Bluehelm class report"),
    P_("report.skip", "Skip to the report"),
    P_("report.contents", "Contents"),
    P_("report.scope.all-courses", "all courses"),
    P_("report.scope.course", "course {course}"),
    P_("report.scope.all-scenarios", "all scenarios"),
    P_("report.scope.scenario", "scenario {scenario}"),
    NP_("report.meta.sessions", "{count} session", "{count} sessions"),
    P_("report.meta.generated", "generated {when} by Bluehelm {version}"),
    P_("report.source.records", "From the records file {path}."),
    P_("report.source.lrs", "From the statements held by the LRS at {url}."),
    P_("report.none", "No sessions match."),
    P_("report.flags.title", "Records to check"),
    NP_("report.flags.edited",
        "{count} session does not match its integrity tag: it was changed outside Bluehelm (or tagged with "
        "another installation's key). Its results are shown but left out of the item analysis.",
        "{count} sessions do not match their integrity tags: they were changed outside Bluehelm (or tagged with "
        "another installation's key). Their results are shown but left out of the item analysis."),
    NP_("report.flags.damaged", "{count} session has a row that cannot be read: what could be read is shown.",
        "{count} sessions have rows that cannot be read: what could be read is shown."),
    NP_("report.flags.untagged", "{count} session was recorded before integrity tags were kept: it cannot be checked.",
        "{count} sessions were recorded before integrity tags were kept: they cannot be checked."),
    NP_("report.flags.no-key",
        "{count} session cannot be checked: the integrity key (records.key) is not beside this records file. "
        "Copy the key with the file.",
        "{count} sessions cannot be checked: the integrity key (records.key) is not beside this records file. "
        "Copy the key with the file."),
    P_("report.flags.lrs", "Sessions read from an LRS carry no integrity tag: they are shown as the LRS holds them."),
    P_("report.flag.edited", "edited"),
    P_("report.flag.damaged", "damaged"),
    P_("report.trainees.title", "Trainees"),
    P_("report.trainees.intro", "One row per trainee. Select a column heading to sort the table."),
    P_("report.col.trainee", "Trainee"),
    P_("report.col.sessions", "Sessions"),
    P_("report.col.scenarios", "Scenarios"),
    P_("report.col.finished", "Finished"),
    P_("report.col.passed", "Passed"),
    P_("report.col.mean", "Mean overall"),
    P_("report.col.red-lines", "Red lines"),
    P_("report.col.time", "Time taken"),
    P_("report.col.last", "Last activity"),
    P_("report.col.check", "To check"),
    P_("report.col.scenario", "Scenario"),
    P_("report.col.started", "Started"),
    P_("report.col.outcome", "Outcome"),
    P_("report.col.overall", "Overall"),
    P_("report.col.band", "Band"),
    P_("report.col.review", "Instructor rating"),
    P_("report.col.option", "Option"),
    P_("report.col.trainees", "Trainees"),
    P_("report.col.share", "Share"),
    P_("report.col.node", "Decision"),
    P_("report.col.reached", "Reached by"),
    P_("report.col.difficulty", "Chose well"),
    P_("report.col.discrimination", "Discrimination"),
    P_("report.col.unchosen", "Options nobody chose"),
    P_("report.col.note", "Note"),
    P_("report.matrix.title", "Trainees by scenario"),
    P_("report.matrix.intro", "Each cell: the best overall percent of a finished session, whether the trainee has "
                              "passed, and the number of attempts."),
    NP_("report.matrix.attempts", "{count} attempt", "{count} attempts"),
    P_("report.matrix.not-played", "not played"),
    P_("report.sessions.title", "Sessions by trainee"),
    NP_("report.outcome.unfinished", "unfinished ({count} decision)", "unfinished ({count} decisions)"),
    P_("report.outcome.passed", "passed"),
    P_("report.outcome.not-passed", "not passed"),
    P_("report.ending.success", "success"),
    P_("report.ending.partial", "partial"),
    P_("report.ending.failure", "failure"),
    P_("report.ending.incomplete", "incomplete"),
    P_("report.none-short", "none"),
    P_("report.red-lines.title", "Red lines crossed"),
    P_("report.review.none", "not reviewed"),
    P_("report.review.by", "by"),
    P_("report.review.stars", "{rating} of 5"),
    P_("report.duration.minutes", "{minutes} min {seconds} s"),
    P_("report.duration.seconds", "{seconds} s"),
    P_("report.stats.sessions", "Sessions"),
    P_("report.stats.sessions-value", "{count} ({finished} finished)"),
    P_("report.stats.pass-rate", "Pass rate"),
    P_("report.stats.pass-rate-value", "{rate} ({passed} of {finished} finished)"),
    P_("report.stats.mean-median", "Overall, mean / median"),
    P_("report.source.missing", "The scenario file for {id} was not found (give its folder with --scenarios): "
                                "nodes and options show as ids."),
    P_("report.source.changed", "Texts from {file}, which has changed since these sessions were played: a text "
                                "may differ from what trainees saw."),
    P_("report.source.file", "Texts from {file}."),
    P_("report.source.recorded", "Texts as recorded when these sessions were played."),
    NP_("report.source.versions", "Played on {count} version of the file.", "Played on {count} versions of the file."),
    P_("report.chart.overall", "Overall"),
    P_("report.chart.no-data", "no data"),
    P_("report.chart.pass-mark", "pass mark {mark}"),
    P_("report.heat.title", "Decisions at each node"),
    P_("report.heat.legend", "For each option: how many of the trainees who reached the node chose it, and its "
                             "rating on each dimension (green above zero, red below). A node where half the class "
                             "or more chose a poor option (a red line, or below zero overall) is outlined."),
    NP_("report.heat.reached", "reached by {count} trainee", "reached by {count} trainees"),
    P_("report.heat.poor", "{share} chose a poor option"),
    P_("report.heat.red-line", "red line"),
    P_("report.heat.best", "best available"),
    P_("report.wrong.title", "Where the class goes wrong"),
    P_("report.wrong.chosen", "Most chosen poor options:"),
    P_("report.wrong.none", "No node where half the class or more chose a poor option."),
    P_("report.items.title", "Item analysis"),
    NP_("report.items.too-few", "Item analysis needs at least {min} trainees with a finished session; this scenario "
                                "has {count}.",
        "Item analysis needs at least {min} trainees with a finished session; this scenario has {count}."),
    P_("report.items.no-texts", "Item analysis needs the scenario's texts and ratings, which were not found."),
    P_("report.items.intro", "Each trainee counts once, with their first finished session. Chose well: the share "
                             "of those who reached the decision who chose the best available option. "
                             "Discrimination: how choosing well there goes with the rest of the trainee's score "
                             "(a point-biserial correlation from -1 to 1); below 0.2 the decision does not tell "
                             "stronger trainees from weaker."),
    P_("report.items.flag.flat", "does not discriminate: everyone chose alike"),
    P_("report.items.flag.low", "does not discriminate"),
    P_("report.items.flag.negative", "favours weaker trainees: check its ratings"),
    P_("report.items.flag.few", "too few trainees reached it to judge"),
    P_("report.items.alpha", "Internal consistency (Cronbach's alpha) over the {items} decisions all {trainees} "
                             "trainees made: {alpha}."),
    P_("report.items.alpha-none", "Internal consistency cannot be estimated: fewer than two decisions were made by "
                                  "every trainee (the paths branch apart), or every trainee scored alike."),
    P_("report.items.reading.high", "High: the decisions measure one consistent skill."),
    P_("report.items.reading.acceptable", "Acceptable: the decisions mostly measure one skill."),
    P_("report.items.reading.questionable", "Questionable: the decisions agree only in part; read a single "
                                            "total with care."),
    P_("report.items.reading.poor", "Poor: the decisions measure different things; do not rank trainees by the "
                                    "total alone."),
    P_("report.items.reading.low", "Low: the decisions do not agree with each other; the total says little on its "
                                   "own (or the class is very alike)."),
    P_("report.items.position.title", "Position bias"),
    P_("report.items.position.text", "Where the chosen option was shown, over {count} decisions (and what chance "
                                     "alone would give):"),
    P_("report.items.position.cell", "position {position}: {observed} (chance {expected})"),
    P_("report.items.position.biased", "Trainees chose by position more than chance explains (chi-square {chi2}, "
                                       "{df} degrees of freedom, 5 % level): check the order options are shown in."),
    P_("report.items.position.fair", "No sign that the position shown drove the choices (chi-square {chi2}, "
                                     "{df} degrees of freedom)."),
    P_("report.items.position.few", "Too few decisions with a recorded position to test for position bias."),
    P_("report.footer", "Bluehelm {version}. Names, ids and comments are shown as typed; characters that change "
                        "the direction of text are shown as codes."),
    P_("report.sort", "sort"),
)
