# raises: RuntimeError
import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([[0], [2], [1]])  # one column, as a table of labels often comes
print(targets.shape)
loss = nn.CrossEntropyLoss()(logits, targets)
