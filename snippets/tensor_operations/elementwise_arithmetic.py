import torch

a = torch.tensor([1.0, 2.0, 3.0, 4.0])
b = torch.tensor([10.0, 20.0, 30.0, 40.0])

print("a + b: ", a + b)
print("b - a: ", b - a)
print("a * b: ", a * b)   # element by element, not a matrix product
print("b / a: ", b / a)
print("a ** 2:", a ** 2)
print("exp(a):", torch.exp(a))
print("sqrt:  ", a.sqrt())  # most functions are also methods
