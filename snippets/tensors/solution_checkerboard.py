import torch

board = torch.zeros(8, 8, dtype=torch.int64)
board[::2, 1::2] = 1  # even rows: odd columns
board[1::2, ::2] = 1  # odd rows: even columns
print(board)
