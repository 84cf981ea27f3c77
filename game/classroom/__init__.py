"""Class mode: an instructor runs a scenario on the projector, every trainee votes from their own browser.

Above game/play and below game/ui and game/cli: the class's state (room.py, seats.py), its journal
for a kill -9 and relaunch (journal.py), what each screen shows (views.py), the messages a page may
send (protocol.py) and the ASGI server with its self-contained page (server.py, static/).
"""

from .journal import Journal, JournalError
from .room import ClassError, ClassRoom, ClassSetup
from .views import projector_view, seat_view

__all__ = ["ClassError", "ClassRoom", "ClassSetup", "Journal", "JournalError", "projector_view", "seat_view"]
