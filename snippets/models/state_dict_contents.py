from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 2))

state = model.state_dict()  # an ordered dict: name -> tensor
for name, tensor in state.items():
    print(f"{name:26} {str(tuple(tensor.shape)):6} {tensor.dtype}")
print("parameters:", len(list(model.parameters())), " buffers:", len(list(model.buffers())))
