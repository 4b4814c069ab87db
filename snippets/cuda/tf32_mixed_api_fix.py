import torch

# Stay with one API: set and read the same attribute
torch.backends.cuda.matmul.fp32_precision = "tf32"  # allow TF32 in float32 matmuls
print("fp32_precision:", torch.backends.cuda.matmul.fp32_precision)
torch.backends.cuda.matmul.fp32_precision = "ieee"  # full float32 again
print("fp32_precision:", torch.backends.cuda.matmul.fp32_precision)
