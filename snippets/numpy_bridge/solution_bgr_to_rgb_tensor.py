import numpy as np
import torch

# A 2 x 2 image as OpenCV returns it: (height, width, channel), channels in BGR order
bgr = np.array([[[255, 0, 0], [0, 255, 0]],
                [[0, 0, 255], [0, 0, 0]]], dtype=np.uint8)

rgb = np.ascontiguousarray(bgr[..., ::-1])  # [..., ::-1] has a negative stride: copy it once
image = torch.from_numpy(rgb).permute(2, 0, 1).float() / 255  # (channel, height, width) in [0, 1]
print("shape:", image.shape, "dtype:", image.dtype)
print("red channel:", image[0])
