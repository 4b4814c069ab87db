import torch
from torch import nn

torch.set_default_dtype(torch.float64)  # float64, so that rounding cannot blur the comparison
torch.manual_seed(0)
first = nn.Linear(4, 8)
second = nn.Linear(8, 3)
x = torch.randn(5, 4)

# second(first(x)) = (x W1^T + b1) W2^T + b2 = x (W2 W1)^T + (W2 b1 + b2): one linear layer
merged = nn.Linear(4, 3)
with torch.no_grad():
    merged.weight.copy_(second.weight @ first.weight)
    merged.bias.copy_(second.weight @ first.bias + second.bias)

print("two layers, nothing between:", torch.allclose(second(first(x)), merged(x)))
print("a ReLU between:             ", torch.allclose(second(torch.relu(first(x))), merged(x)))

n_two = sum(p.numel() for layer in (first, second) for p in layer.parameters())
n_one = sum(p.numel() for p in merged.parameters())
print("numbers:", n_two, "in two layers,", n_one, "in the one that does the same")
