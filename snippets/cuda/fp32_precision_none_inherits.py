import torch

torch.backends.fp32_precision = "tf32"  # the generic level, above every backend
print("matmul:", torch.backends.cuda.matmul.fp32_precision)  # "none" follows it

torch.backends.cuda.matmul.fp32_precision = "ieee"  # a value of its own overrides it
print("matmul:", torch.backends.cuda.matmul.fp32_precision)

torch.backends.cuda.matmul.fp32_precision = "none"  # and "none" follows again
print("matmul:", torch.backends.cuda.matmul.fp32_precision)
