import torch

print(torch.tensor([1, 2, 3]))  # infers int64 from the data
print(torch.Tensor([1, 2, 3]))  # always float32

print(torch.tensor(2))           # a 0-dim tensor holding 2
print(torch.Tensor(2).shape)     # two uninitialized floats!
