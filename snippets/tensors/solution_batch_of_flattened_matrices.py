import torch

matrices = [torch.tensor([[1, 2], [3, 4]]),
            torch.tensor([[5, 6], [7, 8]]),
            torch.tensor([[9, 10], [11, 12]])]

rows = torch.stack(matrices).reshape(3, -1)  # (3, 2, 2), then one row of 4 per matrix
print(rows)
