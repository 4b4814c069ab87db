import torch

count = torch.tensor(256.0)
print(count.to(torch.float16) + 1)
print(count.to(torch.bfloat16) + 1)
