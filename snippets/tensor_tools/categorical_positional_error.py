# raises: ValueError
import torch
from torch.distributions import Categorical

scores = torch.tensor([2.0, 1.0, 0.5])
print(Categorical(scores).probs)  # the first argument is probs: divided by their sum
print(Categorical(logits=scores).probs)  # what was meant: the softmax
print(Categorical(torch.log_softmax(scores, dim=0)).probs)  # all negative: accepted, order reversed

scores = torch.tensor([2.0, -1.0, 0.5])
Categorical(scores)  # a negative "probability"
