"""The trainee's window: a pygame front end over the engine's `Session`.

`app.App` owns the window and the scene stack; `scenes/` holds one module per
screen; `journey.Run` (no pygame) ties a session to its trainee, checkpoints
and results. The engine and scoring never import this package.
"""
