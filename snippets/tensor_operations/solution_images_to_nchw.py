import numpy as np
import torch

rng = np.random.default_rng(0)
images = rng.integers(0, 256, size=(8, 32, 32, 3), dtype=np.uint8)  # (N, H, W, C) bytes

batch = torch.from_numpy(images).permute(0, 3, 1, 2).float() / 255
print(batch.shape, batch.dtype)
print("in [0, 1]:", batch.min().item() >= 0 and batch.max().item() <= 1)
print("conv accepts it:", torch.nn.Conv2d(3, 16, kernel_size=3)(batch).shape)
