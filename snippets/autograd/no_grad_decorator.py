import torch


@torch.no_grad()
def predict(w, x):
    return w * x


w = torch.tensor([1.0, 2.0], requires_grad=True)
x = torch.tensor([3.0, 4.0])

prediction = predict(w, x)
print("prediction:", prediction)
print("requires_grad:", prediction.requires_grad)
