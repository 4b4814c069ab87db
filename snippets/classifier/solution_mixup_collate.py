import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch import nn
from torch.utils.data import DataLoader

MIX = 0.8  # how much of each image stays its own


def mixup_collate(batch):
    """Stack (image, label) samples, then blend each with the batch in reverse order, labels too."""
    images = torch.stack([image for image, _ in batch])
    targets = F.one_hot(torch.tensor([label for _, label in batch]), num_classes=10).float()
    images = MIX * images + (1 - MIX) * images.flip(0)
    targets = MIX * targets + (1 - MIX) * targets.flip(0)
    return images, targets


digits = load_digits()
samples = [(torch.tensor(image, dtype=torch.float32) / 16, int(label))
           for image, label in zip(digits.data, digits.target)]
loader = DataLoader(samples, batch_size=8, collate_fn=mixup_collate)
images, targets = next(iter(loader))
print("images:", images.shape, " targets:", targets.shape, targets.dtype)
print("first target:", targets[0])
print("every row sums to 1:", torch.allclose(targets.sum(dim=1), torch.ones(8)))

torch.manual_seed(0)
model = nn.Linear(64, 10)
loss = nn.CrossEntropyLoss()(model(images), targets)  # class probabilities as targets
print("loss:", round(loss.item(), 3))
