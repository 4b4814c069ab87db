# raises: RuntimeError
import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([0.0, 1.0, 2.0], device=device, requires_grad=True)
y = torch.sigmoid(x)  # sigmoid's backward needs its output: y is saved
print("y._version before:", y._version)

y.mul_(2)  # modifies the saved y in place
print("y._version after: ", y._version)

y.sum().backward()
