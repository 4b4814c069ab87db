import torch

images = torch.tensor([[[1.0, 5.0, 2.0],
                        [6.0, 3.0, 4.0]],
                       [[7.0, 1.0, 2.0],
                        [2.0, 9.0, 3.0]]])  # 2 images of 2 x 3 pixels

print("sum(dim=(1, 2)): ", images.sum(dim=(1, 2)))  # one total per image
print("mean(dim=(1, 2)):", images.mean(dim=(1, 2)))
print("std(dim=(1, 2)): ", images.std(dim=(1, 2)))
print("amax(dim=(1, 2)):", images.amax(dim=(1, 2)))  # the largest value per image
print("amin(dim=(1, 2)):", images.amin(dim=(1, 2)))
