# runs on: cuda
import torch

x = torch.randn(1000, 1000)
print("x pinned:", x.is_pinned())
x_pinned = x.pin_memory()  # page-locked copy: the GPU can read it directly
print("x_pinned pinned:", x_pinned.is_pinned())

x_gpu = x_pinned.to("cuda", non_blocking=True)  # queued: may return before the copy is done
y = x_gpu * 2  # queued on the same stream, so it runs after the copy
print("correct:", torch.equal(y.cpu(), x * 2))
