"""What Python does when a script ends, done by hand in a forked child: the three private names it takes, in one place.

A snippet runs in a child forked from the warm worker and ends with `os._exit`, so that nothing the worker set up
is torn down once per snippet. What `python snippet.py` does at exit must then be done here, and no public API does
it: `threading._shutdown` is how the interpreter waits for non-daemon threads, `atexit._run_exitfuncs` is how it
runs the atexit handlers (weakref finalizers among them), and `weakref.finalize._registry` is the only way to tell
the worker's finalizers from the snippet's. typeshed leaves private names out: hence each ignore.
"""

from __future__ import annotations

import atexit
import threading
import weakref


def disown_exit_finalizers() -> None:
    """In the worker: keep the children from running at exit the finalizers that preloading registered.

    torch registers one per operator library, which unregisters its thousands of kernels: run in every child, that
    took 35 ms and 7,000 copied pages per snippet, and undid in the child what the worker set up. A snippet's own
    finalizers, and those of modules it imports itself, still run at its exit as under `python`.
    """
    for finalizer in list(weakref.finalize._registry):  # type: ignore[attr-defined]
        finalizer.atexit = False


def exit_as_python_does() -> None:
    """In the child, after the snippet: wait for its non-daemon threads, then run its atexit handlers."""
    threading._shutdown()  # type: ignore[attr-defined]
    atexit._run_exitfuncs()
