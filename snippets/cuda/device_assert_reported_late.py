# raises on cpu: IndexError
# raises on cuda: AcceleratorError
import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"

logits = torch.zeros(4, 3, device=device)  # 4 samples, 3 classes: the valid labels are 0, 1 and 2
labels = torch.tensor([0, 2, 3, 1], device=device)  # 3 is out of range
loss = F.cross_entropy(logits, labels)
print("cross_entropy returned")
print("loss:", loss.item())
