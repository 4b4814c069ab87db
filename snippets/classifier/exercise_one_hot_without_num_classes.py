# raises: RuntimeError
import torch
import torch.nn.functional as F
from torch import nn

logits = torch.zeros(4, 10)  # ten classes
labels = torch.tensor([3, 0, 7, 2])  # a batch that happens to hold no 8 or 9
targets = F.one_hot(labels).float()
print(targets.shape)
loss = nn.CrossEntropyLoss()(logits, targets)
