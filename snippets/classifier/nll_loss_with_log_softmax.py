import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0],
                       [0.1, 0.2, 3.0],
                       [1.0, 1.0, 1.0]])
targets = torch.tensor([0, 2, 1])

log_probs = nn.LogSoftmax(dim=1)(logits)  # a model whose last layer is LogSoftmax
print("NLLLoss on log-probabilities:", round(nn.NLLLoss()(log_probs, targets).item(), 4))
print("CrossEntropyLoss on logits:  ", round(nn.CrossEntropyLoss()(logits, targets).item(), 4))
print("NLLLoss on raw logits:       ", round(nn.NLLLoss()(logits, targets).item(), 4))
