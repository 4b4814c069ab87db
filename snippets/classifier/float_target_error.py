# raises: RuntimeError
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([0.0, 2.0, 1.0])  # class numbers, but float32
print(targets.dtype, targets.shape)
loss = nn.CrossEntropyLoss()(logits, targets)
