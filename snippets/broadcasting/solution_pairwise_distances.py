import torch

torch.manual_seed(0)
points = torch.randn(5, 2)  # 5 points in the plane
centers = torch.randn(3, 2)  # 3 cluster centers

diff = points[:, None, :] - centers[None, :, :]  # (5, 1, 2) - (1, 3, 2) -> (5, 3, 2)
sq_dist = (diff ** 2).sum(dim=-1)  # (5, 3): every point against every center
print("shape:", sq_dist.shape)
print("nearest center of each point:", sq_dist.argmin(dim=1))
print("same as cdist:", torch.allclose(sq_dist, torch.cdist(points, centers) ** 2))
