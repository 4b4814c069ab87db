import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],  # three samples, three classes
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([0, 2, 1])  # one class index per sample, int64

loss_fn = nn.CrossEntropyLoss()
loss = loss_fn(logits, targets)
print("CrossEntropyLoss:", round(loss.item(), 4))

log_probs = F.log_softmax(logits, dim=1)
per_sample = -log_probs.gather(1, targets.unsqueeze(1)).squeeze(1)
print("per sample:", per_sample)
print("their mean:", round(per_sample.mean().item(), 4))
print("the same:", torch.allclose(loss, per_sample.mean()))
