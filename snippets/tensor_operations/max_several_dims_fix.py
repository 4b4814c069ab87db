import torch

images = torch.tensor([[[1.0, 5.0, 2.0],
                        [6.0, 3.0, 4.0]],
                       [[7.0, 1.0, 2.0],
                        [2.0, 9.0, 3.0]]])

print("amax:   ", images.amax(dim=(1, 2)))  # only the values: a tuple of dims is fine
values, indices = images.flatten(1).max(dim=1)  # merge dims 1 and 2, then reduce one dim
print("values: ", values)
print("indices:", indices)  # positions among the 2 x 3 = 6 merged pixels
row, col = torch.unravel_index(indices, (2, 3))
print("row, col:", row, col)
print("prod:   ", images.flatten(1).prod(dim=1))  # the same trick for prod
