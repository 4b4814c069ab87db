# runs on: cuda
import torch

x = torch.randn(1_000_000, device="cuda")
torch.cuda.set_sync_debug_mode("warn")  # warn wherever the CPU waits for the GPU

total = x.sum()  # queued: the CPU goes on at once
mean = total / x.numel()  # queued too
value = mean.item()  # the CPU needs the number, so it waits: a warning
print("item() returned a", type(value).__name__)
