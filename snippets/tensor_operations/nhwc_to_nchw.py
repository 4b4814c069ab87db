import numpy as np
import torch

images = np.zeros((4, 32, 32, 3), dtype=np.float32)  # (N, H, W, C)
conv = torch.nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)

batch = torch.from_numpy(images).permute(0, 3, 1, 2)  # (N, C, H, W): channels move to dim 1
print("NCHW:", batch.shape, " contiguous:", batch.is_contiguous())
print("conv output:", conv(batch).shape)

back = batch.permute(0, 2, 3, 1)  # and back to (N, H, W, C) for NumPy or matplotlib
print("NHWC:", back.shape, " shares the array's memory:", np.shares_memory(back.numpy(), images))
