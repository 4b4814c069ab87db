# runs on: cuda
# runs alone: it times the GPU
import time

import torch

x = torch.randn(4096, 4096, device="cuda")
x @ x  # warm-up
start = torch.cuda.Event(enable_timing=True)
end = torch.cuda.Event(enable_timing=True)

wall_start = time.perf_counter()
start.record()  # a timestamp taken by the GPU when it reaches this point
for _ in range(10):
    y = x @ x
end.record()
torch.cuda.synchronize()
wall_ms = (time.perf_counter() - wall_start) * 1000

gpu_ms = start.elapsed_time(end)  # milliseconds between the two events
print("elapsed_time returns a", type(gpu_ms).__name__)
print("GPU time fits in the wall-clock time:", 0 < gpu_ms <= wall_ms)
