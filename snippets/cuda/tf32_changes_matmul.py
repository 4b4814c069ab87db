# runs on: cuda
import torch

torch.manual_seed(0)
a = torch.randn(1024, 1024, device="cuda")
b = torch.randn(1024, 1024, device="cuda")
exact = a.double() @ b.double()

torch.backends.cuda.matmul.fp32_precision = "ieee"  # full float32
full = a @ b
torch.backends.cuda.matmul.fp32_precision = "tf32"  # allow TF32 on Ampere and newer GPUs
tf32 = a @ b

print("TF32 changed the result:", not torch.equal(full, tf32))
print("float32 max error < 0.01:", (full - exact).abs().max().item() < 0.01)
print("TF32 max error < 0.01:   ", (tf32 - exact).abs().max().item() < 0.01)
