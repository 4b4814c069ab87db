import torch
from torch import nn

torch.manual_seed(0)
dropout = nn.Dropout(p=0.25)
print(torch.unique(dropout(torch.ones(8))))
dropout.eval()
print(torch.unique(dropout(torch.ones(8))))
