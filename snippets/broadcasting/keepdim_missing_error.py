# raises: RuntimeError
import torch

x = torch.tensor([[1.0, 2.0, 3.0],
                  [10.0, 20.0, 30.0]])

row_means = x.mean(dim=1)  # (2,) aligns with the last dim of x, which is 3
print("mean shape:", row_means.shape)
x - row_means
