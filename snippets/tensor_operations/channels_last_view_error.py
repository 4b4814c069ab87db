# raises: RuntimeError
import numpy as np
import torch

images = np.zeros((4, 32, 32, 3), dtype=np.float32)
batch = torch.from_numpy(images).permute(0, 3, 1, 2)
conv = torch.nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)

features = torch.relu(conv(batch))
features.view(features.size(0), -1)  # the flatten step of many models' forward()
