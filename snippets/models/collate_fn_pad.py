import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader

samples = [
    (torch.tensor([4, 8, 15]), 0),
    (torch.tensor([16, 23]), 1),
    (torch.tensor([42, 7, 9, 1]), 1),
    (torch.tensor([3]), 0),
]


def pad_batch(batch):
    """Turn a list of (tokens, label) samples into one padded tensor, the lengths and the labels."""
    sequences, labels = zip(*batch)
    tokens = pad_sequence(sequences, batch_first=True, padding_value=0)
    lengths = torch.tensor([len(s) for s in sequences])
    return tokens, lengths, torch.tensor(labels)


loader = DataLoader(samples, batch_size=2, collate_fn=pad_batch)
for tokens, lengths, labels in loader:
    print(tokens, lengths, labels, sep="\n", end="\n\n")
