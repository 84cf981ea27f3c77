"""The trainee's window: a pygame front end over the engine's `Session`.

`app.App` owns the window and the scene stack; `scenes/` holds one module per
screen; `journey.Run` (no pygame) ties the play runner (game/play) to its library
entry and the frames the play scene is on top for. The engine and scoring never import this package.
"""
