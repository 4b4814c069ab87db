# raises: RuntimeError
import torch

no_rows = torch.ones(0, 3)
no_rows + torch.ones(2, 3)  # 0 is not 1: it cannot stretch to 2
