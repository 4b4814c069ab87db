# runs on: cuda
# runs alone: it times the GPU
import time

import torch

x = torch.randn(4096, 4096, device="cuda")
x @ x  # warm-up: the first matmul also sets up cuBLAS
torch.cuda.synchronize()

start = time.perf_counter()
for _ in range(10):
    y = x @ x
launched = time.perf_counter() - start  # the loop only queued the work
torch.cuda.synchronize()  # block until the GPU has finished
finished = time.perf_counter() - start

print("unsynchronized time < synchronized time:", launched < finished)
print("unsynchronized time misses 90% of it:", launched < 0.1 * finished)
