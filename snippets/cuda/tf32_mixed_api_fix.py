import torch

# was: torch.backends.cuda.matmul.allow_tf32 = True, or torch.set_float32_matmul_precision("high")
torch.backends.cuda.matmul.fp32_precision = "tf32"
# was: torch.backends.cudnn.allow_tf32 = False
torch.backends.cudnn.conv.fp32_precision = "ieee"

print("matmul:    ", torch.backends.cuda.matmul.fp32_precision)
print("cuDNN conv:", torch.backends.cudnn.conv.fp32_precision)
