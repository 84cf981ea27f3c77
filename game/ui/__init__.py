"""The trainee's window: a pygame front end over the play runner (game/play).

`app.App` puts together the window (`window.py`), the services scenes use (`services.py`), the
scene stack with results (`stack.py`: push(scene, on_done), Scene.done(result)) and the flow between
screens (`flow.py`, the only module that knows which scene follows which); `scenes/` holds one module
per screen, none importing another page. `journey.Run` (no pygame) ties a PlayRun to its library
entry and the frames the play scene is on top for. The engine and scoring never import this package.
"""
