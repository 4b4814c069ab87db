import torch

buffer = torch.empty(3, 4)

# Its values are whatever was in that memory: never print or use them before writing.
print("shape:", buffer.shape)
print("dtype:", buffer.dtype)
buffer.fill_(0.5)
print(buffer)
