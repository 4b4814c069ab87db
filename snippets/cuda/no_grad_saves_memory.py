# runs on: cuda
# runs alone: it measures GPU memory
import torch
from torch import nn

model = nn.Sequential(*[nn.Linear(2048, 2048) for _ in range(8)]).to("cuda")
x = torch.randn(4096, 2048, device="cuda")  # each layer's output: 4096 x 2048 floats, 32 MiB
model(x)  # warm-up: the first matmul also sets up cuBLAS, which allocates a workspace


def peak_of_forward():
    torch.cuda.reset_peak_memory_stats()
    before = torch.cuda.memory_allocated()
    model(x)  # the forward pass being measured
    return torch.cuda.max_memory_allocated() - before


recorded = peak_of_forward()  # autograd keeps each layer's input for backward
with torch.no_grad():
    not_recorded = peak_of_forward()  # each intermediate result is freed once used

print("under no_grad, less than half the memory:", not_recorded < recorded / 2)
