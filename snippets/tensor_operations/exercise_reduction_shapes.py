import torch

x = torch.ones(2, 3, 4)

print(x.sum(dim=0).shape)
print(x.mean(dim=-1, keepdim=True).shape)
print(x.max(dim=1).indices.shape)
