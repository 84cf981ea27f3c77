"""One way to play: the headless play runner every front end drives (see run.py)."""

from .resume import ResumeRefused, resume_run, unfinished_for
from .run import MODES, TIMER_FACTORS, TIMER_SETTINGS, PlayListener, PlayRun, Who

__all__ = ["MODES", "PlayListener", "PlayRun", "ResumeRefused", "TIMER_FACTORS", "TIMER_SETTINGS", "Who",
           "resume_run", "unfinished_for"]
