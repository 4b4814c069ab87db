import torch

logits = torch.tensor([[0.1, 2.0, -1.0],
                       [1.5, 0.3, 0.2]])  # 2 samples, scores for 3 classes

print("max():", logits.max())  # over everything: a single value
best = logits.max(dim=1)       # along dim 1: values and where they were
print(best)
values, indices = logits.max(dim=1)
print("values: ", values)
print("argmax: ", logits.argmax(dim=1))  # only the indices: the predicted classes
