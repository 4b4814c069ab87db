# runs on: cuda
# runs alone: it times the GPU
import torch

a = torch.randn(4096, 4096, device="cuda")
for _ in range(20):
    b = a @ a  # keep the GPU busy for a while
x = torch.ones(1_000_000, device="cuda")  # queued behind the matmuls

x_cpu = x.to("cpu", non_blocking=True)  # returns before the copy has happened
print("x_cpu pinned:", x_cpu.is_pinned())
print("all ones before synchronize():", bool((x_cpu == 1).all()))
torch.cuda.synchronize()
print("all ones after synchronize(): ", bool((x_cpu == 1).all()))
