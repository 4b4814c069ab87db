import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.5)
x = torch.ones(10)

print("training:", dropout.training)  # a new module starts in training mode
print(dropout(x))
dropout.eval()
print("training:", dropout.training)
print(dropout(x))
