# runs on: cuda
# runs alone: it times the GPU
import time

import torch

x = torch.randn(8192, 8192, device="cuda")
x @ x  # warm-up: the first matmul also sets up cuBLAS
torch.cuda.synchronize()

start = time.perf_counter()
for _ in range(30):
    x @ x  # queued: the GPU takes far longer to run it than Python takes to queue it
launched = time.perf_counter() - start  # the loop only queued the work
torch.cuda.synchronize()  # block until the GPU has finished
waited = time.perf_counter() - start - launched

print("the loop returned within 50 ms:", launched < 0.05)
print("synchronize() waited over 20 times as long:", waited > 20 * launched)
