from dataclasses import asdict, dataclass

import torch
from torch import nn


@dataclass
class Config:
    hidden: int
    dropout: float


config = Config(hidden=16, dropout=0.1)
model = nn.Linear(2, config.hidden)
torch.save({"config": asdict(config), "model": model.state_dict()}, "checkpoint.pt")  # a plain dict

checkpoint = torch.load("checkpoint.pt")  # weights_only=True accepts dicts, numbers, strings, tensors
config = Config(**checkpoint["config"])
print(config)
restored = nn.Linear(2, config.hidden)
print(restored.load_state_dict(checkpoint["model"]))
