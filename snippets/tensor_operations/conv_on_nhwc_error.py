# raises: RuntimeError
import numpy as np
import torch

images = np.zeros((4, 32, 32, 3), dtype=np.float32)  # as NumPy or PIL hold them: (N, H, W, C)
conv = torch.nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)

conv(torch.from_numpy(images))
