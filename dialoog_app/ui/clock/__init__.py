"""The meeting clock on screen: one model that replays the state, views that show it."""
