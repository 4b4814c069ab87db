import torch

torch.manual_seed(0)
x = torch.rand(4, 5) * 100  # 4 samples, 5 measurements each

mean = x.mean(dim=1, keepdim=True)  # (4, 1): broadcasts along each row
std = x.std(dim=1, keepdim=True)
standardized = (x - mean) / std

print("row means near 0:", torch.allclose(standardized.mean(dim=1), torch.zeros(4), atol=1e-6))
print("row stds near 1: ", torch.allclose(standardized.std(dim=1), torch.ones(4)))
