import torch

x = torch.tensor([[1.0, 2.0, 3.0],
                  [10.0, 20.0, 30.0]])  # (2, 3): two samples, three features

row_means = x.mean(dim=1, keepdim=True)  # (2, 1) lines up with the rows
print("mean shape:", row_means.shape)
print(x - row_means)
