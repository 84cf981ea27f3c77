"""`bluehelm new`: a small, valid, commented scenario to start from.

The template uses each part of the format once (a timer, a condition, effects, a
weighted branch, a red line, the three kinds of ending) and validates with no
warning, so an instructor starts from a clean `validate` and keeps it clean.
"""

from __future__ import annotations

from pathlib import Path

from .checks import SLUG

SCHEMA_FILE = "scenario.schema.json"

TEMPLATE = """\
# yaml-language-server: $schema={schema}
# A Bluehelm scenario. The format is described in docs/scenario-format.md;
# check this file at any time with:   bluehelm validate {path}
# and see its map with:               bluehelm graph {path} -o map.html
# (The first line lets editors with the YAML language server complete and check
# keys; make the schema it names with: bluehelm schema -o {schema_hint})
id: {slug}                  # the scenario's slug: unique in a library, never change it once used
title: {title}
summary: >-
  One paragraph for the scenario menu: where, who, and what is at stake.
language: en                # the language of plain-string texts; translate with bluehelm i18n
minutes: 5
difficulty: 1               # 1 introductory .. 3 advanced
tags: [template]
briefing: >-                # '>' joins these lines into one paragraph; a blank line starts the next
  You lead a patrol of the UN mission. Say here who the trainee is, where and
  when the scenario happens, and what the mandate allows.

objectives:                 # learning objectives; choices point at them by id
  - id: engage-first
    text: Talk with the community before acting on it.

dimensions:                 # what is scored; every rating is a whole number from -3 to 3
  cultural: {{label: Cultural sensitivity}}
  crisis: {{label: Crisis response}}
pass_mark: 60               # overall percent needed to pass

variables:                  # scenario state, used in conditions (if:) and effects (add:, set:)
  tension: {{value: 40, min: 0, max: 100, label: Tension, show: true}}
  consulted: {{value: false}}

cast:                       # who speaks; a node's speaker names a key here
  leader: {{name: Mama Rukia, role: Chair of the women's committee}}

start: arrival              # the first node
nodes:
  arrival:
    speaker: leader
    text: >-
      A crowd has gathered at the water point and voices are rising. The chair
      of the women's committee walks up to your patrol.
    timer: {{seconds: 40, choice: wait}}     # when 40 s pass here, 'wait' is taken
    choices:
      - id: ask-chair                          # a slug, unique in this node; recorded in results
        text: Ask the chair what is going on.   # the action as the trainee would take it, not its merit
        goto: talk
        set: {{consulted: true}}
        add: {{tension: -10}}
        score: {{cultural: 2, crisis: 1}}  # rate only what the choice really touches
        objectives: [engage-first]
        # feedback is shown after the decision (training mode) and on the debrief: what happened and why
        feedback: Asking first shows respect and tells you who is involved before you act.
      - id: wait
        text: Keep the patrol at the vehicles and watch.
        goto: {{talk: 1, scuffle: 2}}            # a weighted random branch: scuffle is twice as likely
        add: {{tension: 10}}
        score: {{crisis: -1}}
        feedback: Watching lets the dispute grow; a word with the committee would have calmed it.

  talk:
    speaker: leader
    text: >-
      She explains that new arrivals were told to queue last. She asks you to
      stand by while the committee sorts out a rota.
    choices:
      - id: stand-by
        text: Stand by at a distance while the committee decides.
        if: consulted              # offered only after the trainee asked the chair
        goto: shared
        score: {{cultural: 2, crisis: 2}}
        feedback: A visible but distant presence supports the community's own solution.
      - id: take-over
        text: Tell your soldiers to run the queue.
        goto: tense
        score: {{cultural: -2, crisis: 1}}
        feedback: Taking over sidelines the committee; support the community's own structures instead.

  scuffle:
    text: Pushing starts near the pump and a jerrycan splits.
    choices:
      - id: separate
        text: Step between the two groups and ask the chair to help calm them.
        goto: tense
        add: {{tension: -10}}
        score: {{crisis: 2}}
        feedback: Separating the groups and bringing in a trusted voice calms the scene without force.
      - id: fire-warning
        text: Fire a warning shot into the air.
        goto: failed
        score: {{crisis: -3, cultural: -2}}
        feedback: A shot near a crowd of women and children can start a stampede; force must be the last resort.
        # a red line: taking this choice fails the scenario whatever the scores; say why in one sentence
        critical: Using force against civilians who pose no threat breaks the rules of engagement.

  shared:
    text: The committee agrees a rota and the queue moves again.
    ending: success             # success | partial | failure; endings have no choices
  tense:
    text: The queue moves, but the new arrivals feel pushed aside.
    ending: partial
  failed:
    text: The crowd panics and scatters; two children are hurt in the rush.
    ending: failure
"""


class ScaffoldError(ValueError):
    """The slug or the target file cannot be used; the message is one line."""


def scenario_text(slug: str, *, schema: str = SCHEMA_FILE, path: str | None = None,
                  schema_hint: str | None = None) -> str:
    """The template for `slug`, its modeline naming `schema` (a path relative to the file)."""
    if not SLUG.fullmatch(slug):
        raise ScaffoldError(f"'{slug}' is not a slug: use lowercase letters, digits and '-', e.g. water-point")
    title = slug.replace("-", " ").capitalize()
    return TEMPLATE.format(slug=slug, title=title, schema=schema, path=path or f"{slug}.yaml",
                           schema_hint=schema_hint or schema)


def write_scenario(slug: str, folder: Path) -> Path:
    """Write folder/slug.yaml from the template; never overwrites a file."""
    text = scenario_text(slug, path=(folder / f"{slug}.yaml").as_posix(),
                         schema_hint=(folder / SCHEMA_FILE).as_posix())
    target = folder / f"{slug}.yaml"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        with target.open("x", encoding="utf-8", newline="\n") as out:
            out.write(text)
    except FileExistsError as exc:
        raise ScaffoldError(f"{target} already exists: choose another slug or remove the file") from exc
    return target
