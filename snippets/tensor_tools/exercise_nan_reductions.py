import torch

x = torch.tensor([1.0, float("nan"), 3.0])
print(x.max())
print(x.nanmean())
print(torch.nan_to_num(x).mean())
