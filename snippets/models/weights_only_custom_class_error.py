# raises: UnpicklingError
from dataclasses import dataclass

import torch
from torch import nn


@dataclass
class Config:
    hidden: int
    dropout: float


config = Config(hidden=16, dropout=0.1)
model = nn.Linear(2, config.hidden)
torch.save({"config": config, "model": model.state_dict()}, "checkpoint.pt")

checkpoint = torch.load("checkpoint.pt")
