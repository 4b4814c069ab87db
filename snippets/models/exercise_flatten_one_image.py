import torch
from torch import nn

image = torch.zeros(8, 8)  # one image, without a batch dimension
print(nn.Flatten()(image).shape)
print(nn.Flatten()(image.unsqueeze(0)).shape)
