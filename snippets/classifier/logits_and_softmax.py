import torch
from sklearn.datasets import load_digits
from torch import nn

torch.set_default_dtype(torch.float64)  # float64 throughout, like the NumPy data
digits = load_digits()
x = torch.from_numpy(digits.data[:3]) / 16  # three images, pixels in [0, 1]

torch.manual_seed(0)
model = nn.Linear(64, 10)  # untrained: one score per class, the logits
torch.set_printoptions(precision=3)
with torch.no_grad():
    logits = model(x)
    probs = torch.softmax(logits, dim=1)
print("logits:", logits.shape)
print(logits[0])
print("probabilities:")
print(probs[0])
print("each row sums to 1:", torch.allclose(probs.sum(dim=1), torch.ones(3)))
print("predicted classes:", logits.argmax(dim=1).tolist(), probs.argmax(dim=1).tolist())
