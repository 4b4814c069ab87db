"""This project's chores beside the engine: the lock, the drift report's pages, the drift workflow's question."""
