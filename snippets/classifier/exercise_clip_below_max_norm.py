import torch
from torch import nn

w = nn.Parameter(torch.zeros(2))
w.grad = torch.tensor([0.3, 0.4])
norm = nn.utils.clip_grad_norm_([w], max_norm=1.0)
print(round(norm.item(), 4), w.grad)
