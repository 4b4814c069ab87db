import torch
from torch import nn

torch.manual_seed(0)
batch_norm = nn.BatchNorm1d(2)
x = torch.randn(64, 2) * 3 + 5  # two features, each with a mean near 5 and a std near 3

print("batch mean:  ", x.mean(dim=0))
y = batch_norm(x)  # training mode: normalize with this batch's own statistics
print("train output mean is 0:", torch.allclose(y.mean(dim=0), torch.zeros(2), atol=1e-5))
print("running_mean:", batch_norm.running_mean)  # moved 10% of the way towards the batch mean

batch_norm.eval()
with torch.no_grad():
    y = batch_norm(x)  # eval mode: normalize with the running statistics instead
print("eval output mean:", y.mean(dim=0))
