# raises: RuntimeError
import torch
from sklearn.datasets import load_digits
from torch import nn

images = torch.tensor(load_digits().images[:5], dtype=torch.float32)  # (5, 8, 8)

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(64, 10))  # no nn.Flatten in front
print(model(images).shape)
