# runs on: cuda
# runs alone: it times the GPU
import time

import torch

x = torch.randn(8192, 8192, device="cuda")
x @ x  # warm-up
start = torch.cuda.Event(enable_timing=True)
end = torch.cuda.Event(enable_timing=True)
torch.cuda.synchronize()

loop_start = time.perf_counter()
start.record()  # a timestamp taken by the GPU when it reaches this point
for _ in range(30):
    x @ x  # queued: the GPU takes far longer to run it than Python takes to queue it
end.record()
loop_ms = (time.perf_counter() - loop_start) * 1000  # the time to queue the work

print("end reached when the loop returned:", end.query())
end.synchronize()  # wait until the GPU has reached `end`
print("end reached after end.synchronize():", end.query())
gpu_ms = start.elapsed_time(end)  # milliseconds between the two events
print("elapsed_time returns a", type(gpu_ms).__name__)
print("GPU time over 10 times the loop's:", gpu_ms > 10 * loop_ms)
