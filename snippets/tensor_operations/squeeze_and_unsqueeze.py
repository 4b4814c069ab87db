import torch

v = torch.tensor([1.0, 2.0, 3.0])

print("unsqueeze(0):", v.unsqueeze(0).shape, " v[None]:   ", v[None].shape)     # a row
print("unsqueeze(1):", v.unsqueeze(1).shape, " v[:, None]:", v[:, None].shape)  # a column

x = torch.zeros(1, 3, 1, 2)
print("squeeze():   ", x.squeeze().shape)   # every dim of size 1 goes
print("squeeze(2):  ", x.squeeze(2).shape)  # only dim 2
print("squeeze(1):  ", x.squeeze(1).shape)  # size 3: left alone, no error
