# raises: RuntimeError
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = F.one_hot(torch.tensor([0, 2, 1]), num_classes=3)
print(targets)
print(targets.dtype, targets.shape)
loss = nn.CrossEntropyLoss()(logits, targets)
