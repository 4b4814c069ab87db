# raises: RuntimeError
import torch

losses = torch.tensor([0.25, 0.75])
losses.item()
