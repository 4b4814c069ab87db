import torch

print("matmul allow_tf32:", torch.backends.cuda.matmul.allow_tf32)
print("float32 matmul precision:", torch.get_float32_matmul_precision())
print("cuDNN allow_tf32:", torch.backends.cudnn.allow_tf32)
