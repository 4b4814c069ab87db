# raises: TypeError
import torch
from matplotlib.figure import Figure

image = torch.rand(3, 16, 16)  # one RGB image as PyTorch keeps it: (C, H, W)

ax = Figure().add_subplot()
ax.imshow(image.numpy())  # matplotlib reads (H, W, C)
