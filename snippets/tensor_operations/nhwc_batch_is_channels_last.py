import numpy as np
import torch

images = np.zeros((4, 32, 32, 3), dtype=np.float32)  # (N, H, W, C), from NumPy
batch = torch.from_numpy(images).permute(0, 3, 1, 2)  # (N, C, H, W), as a view
conv = torch.nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)

print("batch:   ", tuple(batch.shape), "strides", batch.stride())
print("  contiguous:", batch.is_contiguous(),
      " channels_last:", batch.is_contiguous(memory_format=torch.channels_last))

features = conv(batch)
print("features:", tuple(features.shape), "strides", features.stride())
print("  contiguous:", features.is_contiguous(),
      " channels_last:", features.is_contiguous(memory_format=torch.channels_last))
