# raises: ValueError
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
model(torch.randn(8, 3))  # a batch of 8: fine

one_sample = torch.randn(1, 3)
model(one_sample)  # still in training mode
