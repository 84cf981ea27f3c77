"""The flow between screens: which scene follows which, and what each one's result means.

Scenes close with a result (`Scene.done`) and never import the scene after them; this
module is the one place that knows the journey:

    menu -> (errors | sign-in) -> briefing -> (resume offer) -> play -> debrief -> menu
                                                                  \\-> replay from a decision -> play

It also provides the dialogs every scene may open (`Screens`: settings, notices, the guide,
a scenario's errors during live reload).
"""

from __future__ import annotations

from ..authoring.library import NoScenarios
from ..play import unfinished_for
from ..records import RecordsError
from .journey import ResumeFailed, Run
from .library import LibraryEntry, load_library
from .scenes.briefing import BriefingScene
from .scenes.debrief import DebriefScene
from .scenes.errors import ErrorsScene
from .scenes.guide import GuideScene
from .scenes.menu import MenuScene
from .scenes.modal import NoticeScene
from .scenes.play import PlayScene
from .scenes.resume import ResumeScene
from .scenes.settings import SettingsScene
from .scenes.signin import SignInScene
from .services import Services
from .stack import Done


class Flow:
    def __init__(self, services: Services) -> None:
        self.services = services
        services.screens = self

    # -- the first screen ---------------------------------------------------------------------

    def start(self) -> None:
        s = self.services
        try:
            s.entries = load_library(s.launch.paths)
        except NoScenarios as exc:
            s.stack.reset(ErrorsScene(s, None, message=str(exc)), on_done=lambda _: s.quit())
            return
        s.stack.reset(MenuScene(s, self))
        if s.launch.single_file and len(s.entries) == 1:
            self.open(s.entries[0])

    # -- the menu's actions --------------------------------------------------------------------

    def open(self, entry: LibraryEntry) -> None:
        """A scenario was picked: its errors, or sign-in (unless someone is signed in), then its briefing."""
        s = self.services
        if not entry.ok:
            s.push(ErrorsScene(s, entry), on_done=self._fixed)
        elif s.signed.trainee:
            self.brief(entry)
        else:
            s.push(SignInScene(s), on_done=lambda who: self._signed_in(who, entry))

    def _fixed(self, fresh: LibraryEntry | None) -> None:
        if fresh is not None:
            self.services.entries = [fresh if e.path == fresh.path else e for e in self.services.entries]
            self.open(fresh)

    def _signed_in(self, who, entry: LibraryEntry) -> None:
        if who is not None:
            self.services.sign_in(*who)
            self.brief(entry)

    def resume(self, entry: LibraryEntry, record) -> None:
        """The card's "Continue": the trainee's own unfinished session, straight back into play."""
        try:
            run, report = Run.resume(entry, self.services.store, record)
        except ResumeFailed as exc:
            self.services.push(ResumeScene(self.services, record, problem=str(exc)),
                               on_done=lambda answer: answer == "over" and self.start_new(entry, switch=False))
            return
        self.play(run, None if report.exact else report.message, switch=False)

    def settings(self, *, assessment: bool = False, on_done: Done = None) -> None:
        self.services.push(SettingsScene(self.services, assessment=assessment), on_done=on_done)

    def quit(self) -> None:
        self.services.quit()

    # -- briefing, resume offer, play ----------------------------------------------------------

    def brief(self, entry: LibraryEntry) -> None:
        self.services.push(BriefingScene(self.services, entry, on_begin=lambda: self.begin(entry)))

    def begin(self, entry: LibraryEntry) -> None:
        """Offer this trainee's unfinished session of this scenario in this mode, if any; else start."""
        record = self.unfinished(entry)
        if record is None:
            self.start_new(entry)
            return
        self.services.push(ResumeScene(self.services, record), on_done=lambda answer: self._answered(entry, record, answer))

    def _answered(self, entry: LibraryEntry, record, answer: str | None) -> None:
        if answer == "over":
            self.start_new(entry)
        elif answer == "resume":
            try:
                run, report = Run.resume(entry, self.services.store, record)
            except ResumeFailed as exc:
                self.services.push(ResumeScene(self.services, record, problem=str(exc)),
                                   on_done=lambda again: self._answered(entry, record, again))
                return
            self.play(run, None if report.exact else report.message)

    def unfinished(self, entry: LibraryEntry):
        """The signed-in trainee's own unfinished session of `entry` in this launch's mode (never another's)."""
        s = self.services
        if s.store is None or entry.scenario is None or not s.signed.trainee:
            return None
        try:
            return unfinished_for(s.store, s.signed.trainee, entry.scenario.id, s.mode)
        except RecordsError:
            return None

    def start_new(self, entry: LibraryEntry, *, switch: bool = True) -> None:
        s = self.services
        run = Run.start(entry, trainee=s.signed.trainee or "anonymous", course=s.signed.course, mode=s.mode,
                        timer=s.session_timer(), language=s.language, seed=s.launch.seed, store=s.store)
        self.play(run, switch=switch)

    def play(self, run: Run, notice: str | None = None, *, switch: bool = True) -> None:
        """Play `run`, in place of the briefing (or above the menu)."""
        s = self.services
        scene = PlayScene(s, run)
        place = s.switch if switch and isinstance(s.stack.top, BriefingScene) else s.push
        place(scene, on_done=self._played)
        if notice:
            self.notice(scene.tr("resume.changed"), notice)

    def _played(self, result) -> None:
        kind, run = result
        if kind == "debrief":
            run.finish()
            self.services.push(DebriefScene(self.services, run), on_done=lambda answer: self._debriefed(run, answer))

    def _debriefed(self, run: Run, answer) -> None:
        if answer == "again":
            self.brief(run.entry)
        elif isinstance(answer, tuple) and answer[0] == "replay":
            self.play(run.replayed_from(answer[1]), switch=False)

    # -- dialogs any scene may open --------------------------------------------------------------

    def notice(self, title: str, message: str, on_done: Done = None) -> None:
        self.services.push(NoticeScene(self.services, title, message), on_done=on_done)

    def guide(self) -> None:
        self.services.push(GuideScene(self.services))

    def errors(self, entry: LibraryEntry, *, watcher, on_done: Done) -> None:
        """A watched scenario saved with errors: shown over the session until fixed (or left)."""
        self.services.push(ErrorsScene(self.services, entry, watcher=watcher, over_session=True), on_done=on_done)
