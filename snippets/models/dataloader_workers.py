import torch
from torch.utils.data import DataLoader, Dataset, get_worker_info


class Numbers(Dataset):
    def __len__(self):
        return 8

    def __getitem__(self, index):
        worker = get_worker_info()  # None in the main process
        return index, worker.id if worker else -1


def main():
    loader = DataLoader(Numbers(), batch_size=2, num_workers=2)
    for indices, workers in loader:
        print("batch", indices.tolist(), "loaded by worker", workers[0].item())


if __name__ == "__main__":  # workers may import this file: only the main process runs main()
    main()
