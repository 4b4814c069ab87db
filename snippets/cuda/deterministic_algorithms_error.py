# raises: RuntimeError
import torch

torch.use_deterministic_algorithms(True)
print("deterministic algorithms:", torch.are_deterministic_algorithms_enabled())

scores = torch.zeros(5)
scores.put_(torch.tensor([1, 3]), torch.tensor([10.0, 30.0]))  # no deterministic implementation
