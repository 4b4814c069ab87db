import torch

batch = torch.zeros(2, 3, 4)  # a batch of 2 matrices of shape (3, 4)

print("batch.T: ", batch.T.shape)   # reverses every dim, batch included, and warns
print("batch.mT:", batch.mT.shape)  # transposes each matrix: usually what was meant
