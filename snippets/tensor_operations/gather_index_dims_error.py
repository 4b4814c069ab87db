# raises: RuntimeError
import torch

log_probs = torch.tensor([[-0.2, -1.8, -3.0],
                          [-2.1, -0.4, -1.5]])
labels = torch.tensor([0, 2])  # shape (2,): one dim fewer than log_probs

log_probs.gather(1, labels)
