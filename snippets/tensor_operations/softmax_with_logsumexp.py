import torch

logits = torch.tensor([1000.0, 1001.0, 1002.0])

shifted = logits - logits.max()  # the largest becomes 0, so exp cannot overflow
print("shifted:      ", shifted.exp() / shifted.exp().sum())
print("logsumexp:    ", torch.logsumexp(logits, dim=0))  # log(sum(exp(logits))), without overflow
print("exp(x - lse): ", torch.exp(logits - torch.logsumexp(logits, dim=0)))
print("torch.softmax:", torch.softmax(logits, dim=0))
print("log_softmax:  ", torch.log_softmax(logits, dim=0))
