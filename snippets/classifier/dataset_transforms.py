import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torch.utils.data import DataLoader, Dataset


class Digits(Dataset):
    """8x8 digit images and their labels, each passed through an optional transform when asked for."""

    def __init__(self, images, labels, transform=None, target_transform=None):
        self.images, self.labels = images, labels
        self.transform, self.target_transform = transform, target_transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, index):
        image, label = self.images[index], self.labels[index]
        if self.transform is not None:
            image = self.transform(image)
        if self.target_transform is not None:
            label = self.target_transform(label)
        return image, label


digits = load_digits()
images, labels = torch.from_numpy(digits.images), torch.from_numpy(digits.target)

raw = Digits(images, labels)
image, label = raw[0]
print("raw:        ", image.shape, image.dtype, image.max().item(), label)

dataset = Digits(
    images, labels,
    transform=lambda image: (image / 16).float(),  # pixels 0..16 to float32 in [0, 1]
    target_transform=lambda label: F.one_hot(label, num_classes=10).float(),
)
image, label = dataset[0]
print("transformed:", image.shape, image.dtype, image.max().item(), label)

x_batch, y_batch = next(iter(DataLoader(dataset, batch_size=32)))
print("a batch:    ", x_batch.shape, y_batch.shape, y_batch.dtype)
