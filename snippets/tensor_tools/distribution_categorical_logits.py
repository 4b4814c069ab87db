import torch
from torch.distributions import Categorical

torch.manual_seed(0)
logits = torch.tensor([2.0, 1.0, 0.1])  # raw scores, as a classifier returns them
dist = Categorical(logits=logits)

print(dist.probs)                   # the softmax of the logits
print(torch.softmax(logits, dim=0))
print(dist.sample((10,)))           # class indices
classes = torch.tensor([0, 2])
print(dist.log_prob(classes))       # log-probability of each class
print(torch.log_softmax(logits, dim=0)[classes])
