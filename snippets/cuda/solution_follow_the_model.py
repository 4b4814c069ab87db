import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"


def predict(model, x):
    model_device = next(model.parameters()).device  # wherever the model was moved
    with torch.no_grad():
        return model(x.to(model_device)).cpu()


torch.manual_seed(0)
model = nn.Linear(3, 1).to(device)
x = torch.ones(2, 3)  # on the CPU, as data loaded from disk usually is
y = predict(model, x)
print("y:", y.device, y.shape)
