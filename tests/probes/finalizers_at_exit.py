import tempfile
import weakref
from pathlib import Path

import torch  # the capture preloads it, with the exit-time finalizers it registers


class Model:
    pass


model = Model()
weakref.finalize(model, print, "finalizer: run at exit")
scratch = tempfile.TemporaryDirectory()
Path(scratch.name, "weights.pt").write_bytes(b"")
print("tensor:", torch.ones(2))
print("scratch files:", sorted(path.name for path in Path(scratch.name).iterdir()))
