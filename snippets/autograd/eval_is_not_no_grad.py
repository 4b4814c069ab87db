import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.Dropout(0.5))
x = torch.randn(4, 3)

model.eval()  # switches Dropout/BatchNorm behaviour, not autograd
out = model(x)
print("after eval(): out.requires_grad =", out.requires_grad, "| grad_fn:", out.grad_fn)

with torch.no_grad():
    out = model(x)
print("eval() + no_grad(): out.requires_grad =", out.requires_grad)
