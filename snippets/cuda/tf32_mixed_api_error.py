# raises: RuntimeError
import torch

torch.backends.cuda.matmul.fp32_precision = "tf32"  # the newer API (PyTorch 2.9 and later)
print("fp32_precision:", torch.backends.cuda.matmul.fp32_precision)
print("allow_tf32:", torch.backends.cuda.matmul.allow_tf32)  # the legacy API: mixing them fails
