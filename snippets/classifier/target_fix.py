import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
labels = torch.tensor([[0.0], [2.0], [1.0]])  # a float column: both mistakes at once
targets = labels.squeeze(1).long()  # (N,) class indices, int64
print(targets, targets.dtype, targets.shape)
print("loss:", round(nn.CrossEntropyLoss()(logits, targets).item(), 4))
