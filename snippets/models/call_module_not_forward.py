import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))


def announce(name):
    def hook(module, inputs, output):  # a forward hook: called with the output, after forward
        print(f"  hook on {name}: output {tuple(output.shape)}")

    return hook


model.register_forward_hook(announce("model"))
model[0].register_forward_hook(announce("model[0]"))
x = torch.randn(5, 4)

print("model(x):")
y_call = model(x)
print("model.forward(x):")
y_forward = model.forward(x)
print("same output:", torch.equal(y_call, y_forward))
