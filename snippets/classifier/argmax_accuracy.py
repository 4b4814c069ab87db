import torch
from sklearn.datasets import load_digits
from torch import nn

torch.set_default_dtype(torch.float64)  # float64 throughout, like the NumPy data
digits = load_digits()
x = torch.from_numpy(digits.data) / 16
y = torch.from_numpy(digits.target)

torch.manual_seed(0)
model = nn.Linear(64, 10)  # untrained
with torch.no_grad():
    predictions = model(x).argmax(dim=1)  # the class with the highest logit
correct = (predictions == y).sum().item()
accuracy = (predictions == y).float().mean().item()
print(f"{correct} of {len(y)} correct: accuracy {accuracy:.1%}")
print("predicted per class:", torch.bincount(predictions, minlength=10).tolist())
