# runs on: cuda
# runs alone: it times the GPU
import torch

x_cpu = torch.zeros(1_000_000, pin_memory=True)  # the pinned destination, allocated up front
x = torch.ones(1_000_000, device="cuda")
a = torch.randn(8192, 8192, device="cuda")
copied = torch.cuda.Event()
print("x_cpu pinned:", x_cpu.is_pinned())

# warm-up: a first copy, matmul or event pays one-time setup costs, which may wait for the GPU
x_cpu.copy_(x, non_blocking=True)
a @ a
copied.record()
torch.cuda.synchronize()
x_cpu.zero_()

for _ in range(30):
    a @ a  # queued: the GPU takes far longer to run it than Python takes to queue it
x_cpu.copy_(x, non_blocking=True)  # queued behind the matmuls: the CPU does not wait
copied.record()  # a marker the GPU reaches once the copy is done

print("copy done before synchronize():", copied.query())
print("x_cpu still all zeros:         ", bool((x_cpu == 0).all()))
torch.cuda.synchronize()
print("copy done after synchronize(): ", copied.query())
print("x_cpu all ones:                ", bool((x_cpu == 1).all()))
