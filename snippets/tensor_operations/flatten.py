import torch

images = torch.zeros(8, 3, 32, 32)  # 8 RGB images of 32x32 pixels

print("flatten():            ", images.flatten().shape)             # everything in one axis
print("flatten(start_dim=1): ", images.flatten(start_dim=1).shape)  # one row per image
print("nn.Flatten():         ", torch.nn.Flatten()(images).shape)   # starts at dim 1 by default
