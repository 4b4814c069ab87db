import torch
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, Dataset


class DigitSubset(Dataset):
    """The load_digits images of some digits only, relabelled 0, 1, ... in the order given."""

    def __init__(self, classes, transform=None):
        digits = load_digits()
        keep = [i for i, label in enumerate(digits.target) if label in classes]
        self.images = torch.tensor(digits.images[keep], dtype=torch.float32)
        self.labels = torch.tensor([classes.index(digits.target[i]) for i in keep])
        self.transform = transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        image = self.images[index]
        if self.transform is not None:
            image = self.transform(image)
        return image, self.labels[index]


threes_and_eights = DigitSubset([3, 8], transform=lambda image: image.unsqueeze(0) / 16)
print("images:", len(threes_and_eights), " labels:", threes_and_eights.labels.unique().tolist())
print("per label:", torch.bincount(threes_and_eights.labels).tolist())
image, label = threes_and_eights[0]
print("one sample:", image.shape, image.dtype, image.max().item(), label)
x_batch, y_batch = next(iter(DataLoader(threes_and_eights, batch_size=16)))
print("a batch:", x_batch.shape, y_batch.shape, y_batch.dtype)
