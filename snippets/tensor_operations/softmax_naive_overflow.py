import torch

logits = torch.tensor([1.0, 2.0, 3.0])
print("naive:      ", logits.exp() / logits.exp().sum())

logits = torch.tensor([1000.0, 1001.0, 1002.0])  # the same gaps, larger values
print("exp(logits):", logits.exp())  # e^1000 is far beyond float32's range
print("naive:      ", logits.exp() / logits.exp().sum())  # inf / inf is nan
