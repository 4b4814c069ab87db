import torch
import torch.nn.functional as F
from torch import nn


class ForgetsEval(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5)  # training=True by default, whatever the module's mode


class FollowsEval(nn.Module):
    def forward(self, x):
        return F.dropout(x, p=0.5, training=self.training)


torch.manual_seed(0)
x = torch.ones(8)
for model in (ForgetsEval(), FollowsEval(), nn.Dropout(p=0.5)):
    model.eval()
    print(f"{type(model).__name__:11} in eval mode: {model(x)}")
