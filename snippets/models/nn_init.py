import math

import torch
from torch import nn


def init_weights(module):
    if isinstance(module, nn.Linear):
        nn.init.kaiming_normal_(module.weight, nonlinearity="relu")
        nn.init.zeros_(module.bias)


torch.manual_seed(0)
model = nn.Sequential(nn.Linear(256, 128), nn.ReLU(), nn.Linear(128, 10))
first = model[0]
bound = 1 / math.sqrt(256)
print(f"default: uniform, all weights within ±{bound}:", bool((first.weight.abs() <= bound).all()))

model.apply(init_weights)  # calls init_weights on every submodule, then on the model itself
print(f"kaiming: weight std {first.weight.std():.3f}, target sqrt(2/256) = {math.sqrt(2 / 256):.3f}")
print("biases all zero:", all(torch.all(m.bias == 0).item() for m in model if isinstance(m, nn.Linear)))
print("still a trainable leaf:", first.weight.is_leaf and first.weight.requires_grad)
