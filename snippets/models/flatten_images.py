import torch
from sklearn.datasets import load_digits
from torch import nn

digits = load_digits()  # 1,797 handwritten digits, 8x8 pixels each, shipped with scikit-learn
images = torch.tensor(digits.images[:5], dtype=torch.float32)
print("images:   ", images.shape)

flatten = nn.Flatten()  # merges every dimension after the first, the batch
flat = flatten(images)
print("flattened:", flat.shape)
print("row 0 is image 0, row after row:", torch.equal(flat[0], images[0].reshape(64)))

torch.manual_seed(0)
model = nn.Sequential(nn.Flatten(), nn.Linear(64, 10))  # one score per digit class
print("scores:   ", model(images).shape)
print(model)
