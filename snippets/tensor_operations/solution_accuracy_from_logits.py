import torch

torch.manual_seed(0)
logits = torch.randn(8, 3)  # 8 samples, scores for 3 classes
labels = torch.tensor([0, 2, 1, 1, 0, 2, 2, 1])

predictions = logits.argmax(dim=1)
accuracy = (predictions == labels).float().mean()
print("predictions:", predictions)
print("accuracy:   ", accuracy.item())
