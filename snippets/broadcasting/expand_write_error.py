# raises: RuntimeError
import torch

wide = torch.zeros(3).expand(4, 3)
wide.add_(1.0)  # 12 elements to write, but only 3 memory slots
