import torch

images = torch.zeros(8, 3, 32, 32)
nhwc = images.permute(0, 2, 3, 1)

print("reshape:             ", nhwc.reshape(8, -1).shape)  # copies when it must
print("flatten(1):          ", nhwc.flatten(1).shape)      # the same
print("contiguous().view(): ", nhwc.contiguous().view(8, -1).shape)
