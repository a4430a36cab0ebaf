"""The Opgaven board: sort statements into opgaven by dragging, or by keyboard."""
