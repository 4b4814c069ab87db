import torch

torch.manual_seed(0)
images = torch.rand(8, 3, 32, 32)  # a batch of RGB images: (N, C, H, W)
mean = torch.tensor([0.485, 0.456, 0.406])  # one value per channel: shape (3,)
std = torch.tensor([0.229, 0.224, 0.225])

normalized = (images - mean[:, None, None]) / std[:, None, None]  # (3, 1, 1) lines up with C
print("shape:", normalized.shape)
print("channel 0 as expected:", torch.allclose(normalized[:, 0], (images[:, 0] - 0.485) / 0.229))
