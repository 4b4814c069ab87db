import torch

batch = torch.tensor([[1.0, 2.0, 3.0],
                      [4.0, 5.0, 6.0]])  # (2, 3): 2 samples, 3 features
bias = torch.tensor([10.0, 20.0, 30.0])  # (3,): one value per feature
sample_weights = torch.tensor([[1.0],
                               [-1.0]])  # (2, 1): one value per sample, as a column

print(batch + bias)            # (2, 3) + (3,): the bias is added to every row
print(batch * sample_weights)  # (2, 3) * (2, 1): each row times its own weight
print(batch * 0.5)             # a plain number fits any shape
