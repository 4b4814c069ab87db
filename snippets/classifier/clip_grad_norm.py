import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()
x = torch.tensor(digits.data[:100], dtype=torch.float32)  # raw pixels, 0 to 16: large gradients
y = torch.from_numpy(digits.target[:100])

torch.manual_seed(0)
model = nn.Linear(64, 10)
nn.CrossEntropyLoss()(model(x), y).backward()
grads_before = [p.grad.clone() for p in model.parameters()]

total_norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
print("norm before clipping:", round(total_norm.item(), 2))
all_grads = torch.cat([p.grad.flatten() for p in model.parameters()])
print("norm after clipping: ", round(torch.linalg.vector_norm(all_grads).item(), 4))
factor = 1.0 / total_norm
same_direction = all(torch.allclose(p.grad, g * factor) for p, g in zip(model.parameters(), grads_before))
print("every gradient multiplied by 1 / norm:", same_direction)
