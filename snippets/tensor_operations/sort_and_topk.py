import torch

scores = torch.tensor([[0.10, 0.70, 0.05, 0.15],
                       [0.30, 0.10, 0.40, 0.20]])  # 2 samples, 4 classes

values, indices = scores.sort(dim=1, descending=True)
print("sorted:", values)
print("order: ", indices)  # where each sorted value came from

top = scores.topk(2, dim=1)  # only the 2 largest per row, largest first
print("top-2 classes:", top.indices)
labels = torch.tensor([3, 1])
print("label in top 2:", (top.indices == labels[:, None]).any(dim=1))
