import torch
import torch.nn.functional as F
from torch import nn

loss_fn = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([0, 2, 1])
probs_target = F.one_hot(targets, num_classes=3).float()  # class probabilities: 1 for the true class
print(probs_target.dtype, probs_target.shape)
print("class indices:       ", round(loss_fn(logits, targets).item(), 4))
print("one-hot probabilities:", round(loss_fn(logits, probs_target).item(), 4))

soft_target = torch.tensor([[0.8, 0.1, 0.1],  # probabilities need not be 0 and 1
                            [0.0, 0.0, 1.0],
                            [0.0, 0.5, 0.5]])
print("soft probabilities:   ", round(loss_fn(logits, soft_target).item(), 4))
