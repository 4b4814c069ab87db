import torch

log_probs = torch.tensor([[-0.2, -1.8, -3.0],
                          [-2.1, -0.4, -1.5],
                          [-1.0, -2.5, -0.6],
                          [-0.9, -0.7, -2.2]])  # 4 samples, 3 classes
labels = torch.tensor([0, 2, 2, 1])  # the true class of each sample

print(log_probs.index_select(0, torch.tensor([3, 0])))  # whole rows 3 and 0

picked = log_probs.gather(1, labels.unsqueeze(1))  # picked[i, 0] = log_probs[i, labels[i]]
print("gather:   ", picked.squeeze(1))
print("indexing: ", log_probs[torch.arange(4), labels])  # the same elements
print("loss:     ", -picked.mean())  # the negative log-likelihood of the true classes
print("nll_loss: ", torch.nn.functional.nll_loss(log_probs, labels))  # computes the same
