# raises: RuntimeError
import torch

images = torch.zeros(8, 3, 32, 32)
nhwc = images.permute(0, 2, 3, 1)  # (8, 32, 32, 3): a view with reordered strides

print("contiguous:", nhwc.is_contiguous())
nhwc.view(8, -1)
