import torch

x = torch.ones(2, 3, 4)

print("sum(dim=1):                   ", x.sum(dim=1).shape)
print("sum(dim=1, keepdim=True):     ", x.sum(dim=1, keepdim=True).shape)
print("mean(dim=(0, 2), keepdim=True):", x.mean(dim=(0, 2), keepdim=True).shape)
