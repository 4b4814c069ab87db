import torch

labels = torch.tensor([0, 2, 1, 2, 2, 0, 4])  # no sample of class 3

print(torch.bincount(labels))                # one count per value 0..max
print(torch.bincount(labels, minlength=6))   # room for classes never seen
amounts = torch.tensor([10.0, 5.0, 7.0, 1.0, 2.0, 3.0, 4.0])
print(torch.bincount(labels, weights=amounts))  # sums instead of counts

values, counts = torch.unique(labels, return_counts=True)  # only the values present
print(values, counts)
