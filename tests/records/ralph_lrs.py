"""Run Ralph's LRS (ralph-malph 5.1.0, file-system backend) on 127.0.0.1 for the integration test.

`python ralph_lrs.py PORT`; Ralph reads the rest from RALPH_* environment
variables (backend, data folder, auth file), as `ralph runserver` would pass them.

Why not `ralph runserver` itself: it starts uvicorn with reload=True (a file
watcher plus a worker process, awkward to stop cleanly), and its CLI needs
extras the LRS does not. This is the same app, `ralph.api:app`, served by uvicorn.

One known quirk is worked around here: in 5.1.0 the fs backend writes every
batch with operation type CREATE to the same fs_lrs.jsonl, so only the first
POST per store folder succeeds (the second gets a 500). Appending is what the
backend supports for this file, so the test server uses it.
"""

from __future__ import annotations

import sys

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend

FSLRSBackend.default_operation_type = BaseOperationType.APPEND

if __name__ == "__main__":
    uvicorn.run("ralph.api:app", host="127.0.0.1", port=int(sys.argv[1]), log_level="warning", access_log=False)
